/**
 * A small index of every posting in a locale, open or closed, for the saved-jobs page:
 * the browser keeps only ids, and this gives their titles, links and state.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../i18n/config.ts';
import { getSiteMap } from '../../lib/siteMap.ts';

// Titles, links and states only: the site map's factsKey says when this index changes.
export const getStaticPaths = (async () => {
  const { factsKey } = await getSiteMap();
  return LOCALES.map((locale) => ({ params: { locale }, cacheKey: factsKey }));
}) satisfies GetStaticPaths;

export interface PostingIndexEntry {
  id: string;
  title: string;
  path: string;
  open: boolean;
  city: string;
}

export const GET: APIRoute = async ({ params }) => {
  const siteMap = await getSiteMap();
  const entries: PostingIndexEntry[] = siteMap.postings(params.locale as Locale).map((page) => ({
    id: page.key.kind === 'posting' ? page.key.id : page.entry.data.slug,
    title: page.entry.data.title,
    path: page.path,
    open: page.open,
    city: page.entry.data.location.city,
  }));
  return new Response(JSON.stringify(entries), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

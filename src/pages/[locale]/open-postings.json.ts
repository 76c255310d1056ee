/**
 * Every open posting in a locale as its card on the jobs list shows it, newest first, with
 * the facts the filters match. The list shows a page of postings; its script fetches this
 * when a visitor filters, so the filters search them all (src/scripts/jobFilters.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALES, type Locale } from '../../i18n/config.ts';
import { getSiteMap } from '../../lib/siteMap.ts';
import { postingCard } from '../../lib/postingCards.ts';

// Cards show facts, not bodies: the site map's factsKey says when this index changes.
export const getStaticPaths = (async () => {
  const { factsKey } = await getSiteMap();
  return LOCALES.map((locale) => ({ params: { locale }, cacheKey: factsKey }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params.locale as Locale;
  const siteMap = await getSiteMap();
  const cards = siteMap
    .postings(locale)
    .filter((page) => page.open)
    .map((page) => postingCard(page, locale));
  return new Response(JSON.stringify(cards), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};

/**
 * "The latest jobs straight to your inbox": per-locale feeds of the open postings, in
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one description, with the `feed` library.
 */
import { Feed } from 'feed';
import type { APIContext } from 'astro';
import { LOCALES, LOCALE_INFO, type Locale } from '../i18n/config.ts';
import { absoluteUrl } from '../i18n/routes.ts';
import { useTranslations } from '../i18n/translations.ts';
import { getSiteMap } from './siteMap.ts';
import { buildDay } from './postingStatus.ts';

export const FEED_FORMATS = {
  rss: { file: 'rss.xml', type: 'application/rss+xml' },
  atom: { file: 'atom.xml', type: 'application/atom+xml' },
  json: { file: 'feed.json', type: 'application/feed+json' },
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

export function feedPath(locale: Locale, format: FeedFormat): string {
  return `/${locale}/${FEED_FORMATS[format].file}`;
}

export const feedStaticPaths = () => LOCALES.map((locale) => ({ params: { locale } }));

async function buildFeed(locale: Locale, site: URL | string): Promise<Feed> {
  const t = useTranslations(locale);
  const siteMap = await getSiteMap();
  const open = siteMap.postings(locale).filter((page) => page.open);
  const newest = open.map((page) => page.entry.data.datePosted).sort((a, b) => b.getTime() - a.getTime())[0];
  const feed = new Feed({
    id: absoluteUrl(siteMap.href(locale, 'jobs'), site),
    title: `${t('jobs.title')} | ${t('site.name')}`,
    description: t('jobs.description'),
    link: absoluteUrl(siteMap.href(locale, 'jobs'), site),
    language: LOCALE_INFO[locale].tag,
    updated: newest ?? new Date(`${buildDay()}T00:00:00Z`),
    generator: false,
    favicon: absoluteUrl('/favicon.svg', site),
    feedLinks: Object.fromEntries(Object.keys(FEED_FORMATS).map((format) => [format, absoluteUrl(feedPath(locale, format as FeedFormat), site)])),
  });
  for (const page of open) {
    const url = absoluteUrl(page.path, site);
    feed.addItem({ id: url, guid: url, link: url, title: page.entry.data.title, description: page.entry.data.summary, date: page.entry.data.datePosted, published: page.entry.data.datePosted });
  }
  return feed;
}

export async function feedResponse(context: APIContext, format: FeedFormat): Promise<Response> {
  const locale = context.params.locale as Locale;
  const feed = await buildFeed(locale, context.site ?? context.url.origin);
  const body = format === 'rss' ? feed.rss2() : format === 'atom' ? feed.atom1() : feed.json1();
  return new Response(body, { headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` } });
}

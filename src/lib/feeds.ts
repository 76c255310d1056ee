/**
 * "The latest jobs straight to your inbox": per-locale feeds of the open postings, in
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from one description, with the `feed` library.
 * Besides the all-jobs feeds, one set per interest (team, type of contract) for alerts.
 */
import { escapeMarkup } from '../shared/escapeMarkup.ts';
import { Feed } from 'feed';
import type { APIContext } from 'astro';
import { LOCALES, LOCALE_INFO, type Locale } from '../i18n/config.ts';
import { absoluteUrl } from '../i18n/routes.ts';
import { useTranslations } from '../i18n/translations.ts';
import { getSiteMap } from './siteMap.ts';
import { listInterests, matchesInterest, type Interest } from './interests.ts';

export const FEED_FORMATS = {
  rss: { file: 'rss.xml', type: 'application/rss+xml' },
  atom: { file: 'atom.xml', type: 'application/atom+xml' },
  json: { file: 'feed.json', type: 'application/feed+json' },
} as const;
export type FeedFormat = keyof typeof FEED_FORMATS;

/** `/en/rss.xml` for all jobs, `/en/feeds/team-it-engineering/rss.xml` for an interest. */
export function feedPath(locale: Locale, format: FeedFormat, interest?: Interest): string {
  return interest
    ? `/${locale}/feeds/${interest.id}/${FEED_FORMATS[format].file}`
    : `/${locale}/${FEED_FORMATS[format].file}`;
}

// A feed lists the postings' facts, never their bodies: the site map's factsKey says when it changes.
export const feedStaticPaths = async () => {
  const { factsKey } = await getSiteMap();
  return LOCALES.map((locale) => ({ params: { locale }, cacheKey: factsKey }));
};

export async function getInterests(): Promise<Interest[]> {
  const { teams } = await getSiteMap();
  return listInterests(teams.map((team) => team.id));
}

/** What the chooser and the feed title call an interest, in a language. */
export async function interestLabel(locale: Locale, interest: Interest): Promise<string> {
  if (interest.kind === 'employmentType')
    return useTranslations(locale)(`employmentType.${interest.employmentType}`);
  const { teams } = await getSiteMap();
  const team = teams.find((candidate) => candidate.id === interest.team);
  if (!team) throw new Error(`No team "${interest.team}" in content/data/teams.yaml`);
  return team.name[locale];
}

export const interestFeedStaticPaths = async () => {
  const [interests, { factsKey }] = await Promise.all([getInterests(), getSiteMap()]);
  return LOCALES.flatMap((locale) =>
    interests.map((interest) => ({
      params: { locale, interest: interest.id },
      props: { interest },
      cacheKey: factsKey,
    })),
  );
};

async function buildFeed(locale: Locale, site: URL | string, interest?: Interest): Promise<Feed> {
  const t = useTranslations(locale);
  const siteMap = await getSiteMap();
  const open = siteMap
    .postings(locale)
    .filter((page) => page.open && (!interest || matchesInterest(page.entry.data, interest)));
  const newest = open
    .map((page) => page.entry.data.datePosted)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  const heading = interest
    ? t('feeds.interestTitle', { interest: await interestLabel(locale, interest) })
    : t('jobs.title');
  const feed = new Feed({
    // The all-jobs feeds keep the id subscribers already have; each interest needs its own.
    id: absoluteUrl(
      interest ? feedPath(locale, 'atom', interest) : siteMap.href(locale, 'jobs'),
      site,
    ),
    title: `${heading} | ${t('site.name')}`,
    description: t('jobs.description'),
    link: absoluteUrl(siteMap.href(locale, interest ? 'alerts' : 'jobs'), site),
    language: LOCALE_INFO[locale].tag,
    // With nothing open, the build day: readers still get a valid, dated, empty feed.
    updated: newest ?? new Date(`${siteMap.today}T00:00:00Z`),
    generator: false,
    favicon: absoluteUrl('/favicon.svg', site),
    feedLinks: Object.fromEntries(
      Object.keys(FEED_FORMATS).map((format) => [
        format,
        absoluteUrl(feedPath(locale, format as FeedFormat, interest), site),
      ]),
    ),
  });
  for (const page of open) {
    const url = absoluteUrl(page.path, site);
    feed.addItem({
      id: url,
      guid: url,
      link: url,
      title: page.entry.data.title,
      description: page.entry.data.summary,
      date: page.entry.data.datePosted,
      published: page.entry.data.datePosted,
    });
  }
  return feed;
}

/**
 * Atom with entry titles and summaries as text (`type="text"`), as they are: the feed
 * library declares them HTML, which a reader would render, so a "<b>" an editor typed in
 * a title would be markup there. The library's output has one shape for them.
 */
export function atomWithTextEntries(xml: string): string {
  return xml.replace(
    /<(title|summary) type="html"><!\[CDATA\[([\s\S]*?)\]\]><\/\1>/g,
    (_, tag: string, text: string) => `<${tag} type="text">${escapeMarkup(text)}</${tag}>`,
  );
}

export async function feedResponse(context: APIContext, format: FeedFormat): Promise<Response> {
  const locale = context.params.locale as Locale;
  const interest = (context.props as { interest?: Interest }).interest;
  const feed = await buildFeed(locale, context.site ?? context.url.origin, interest);
  const body =
    format === 'rss'
      ? feed.rss2()
      : format === 'atom'
        ? atomWithTextEntries(feed.atom1())
        : feed.json1();
  return new Response(body, {
    headers: { 'Content-Type': `${FEED_FORMATS[format].type}; charset=utf-8` },
  });
}

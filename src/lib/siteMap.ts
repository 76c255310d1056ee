/**
 * Every page of the site in every locale, built once per build from the content
 * collections and the route table. It is the one place that knows which pages are
 * translations of each other (for the switcher, hreflang and the sitemap) and the
 * only way views build internal links.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { createHash } from 'node:crypto';
import { ALERTS_SUBSCRIBE_URL, DEPLOY_ENV, MISSING_TRANSLATION } from 'astro:env/server';
import { lastModified } from './contentDates.ts';
import { LOCALES, type Locale } from '../i18n/config.ts';
import { SECTION_PAGES, pageKeyToString, pathFor, type PageKey, type SectionPage } from '../i18n/routes.ts';
import { splitEntryId } from '../content/schemas.ts';
import { entryFile } from '../content/location.ts';
import { checkTranslationsAgree, missingTranslationError } from './translationChecks.ts';
import { buildDay, isOpen } from './postingStatus.ts';
import { closestPostings } from './relatedPostings.ts';

export type PostingEntry = CollectionEntry<'postings'>;
export type PageEntry = CollectionEntry<'pages'>;

interface BasePage {
  key: PageKey;
  locale: Locale;
  path: string;
}

/** A content page: `entry` is the translation shown; `fallback` when it is the source text standing in for a missing one. */
export type SitePage =
  | (BasePage & { view: SectionPage })
  | (BasePage & { view: 'posting'; entry: PostingEntry; fallback: boolean; open: boolean })
  | (BasePage & { view: 'page'; entry: PageEntry; fallback: boolean });

export interface SiteMap {
  pages: SitePage[];
  /** Path of a page in each locale where it exists. */
  alternates(key: PageKey): Partial<Record<Locale, string>>;
  /** Internal link target: `home`, `jobs`, `benefits`, `search`, `saved`, `alerts`, or a posting or page id. */
  href(locale: Locale, target: string): string;
  postings(locale: Locale): Extract<SitePage, { view: 'posting' }>[];
  benefits(locale: Locale): Extract<SitePage, { view: 'page' }>[];
  entryPage(locale: Locale, id: string): Extract<SitePage, { view: 'posting' | 'page' }> | undefined;
  /** Up to `limit` other open postings in this locale sharing the team, city or type of contract, closest first. */
  related(locale: Locale, id: string, limit: number): Extract<SitePage, { view: 'posting' }>[];
  /**
   * What a page's HTML depends on, for Astro's incremental build: a page whose key is
   * unchanged is copied from the previous build instead of rendered. See buildKeys().
   */
  cacheKey(page: SitePage): string;
  /**
   * The same for what shows only the site's facts, never a body (feeds, the saved-jobs
   * index): everything but the bodies, so a body edit does not render them again.
   */
  factsKey: string;
}

type Localized<E> = Map<string, Partial<Record<Locale, E>>>;

function byEntry<E extends { id: string }>(entries: E[]): Localized<E> {
  const grouped: Localized<E> = new Map();
  for (const entry of entries) {
    const { entryId, locale } = splitEntryId(entry.id);
    grouped.set(entryId, { ...grouped.get(entryId), [locale]: entry });
  }
  return grouped;
}

/** For each locale, the entry to show: its translation, or the source under the fallback policy. */
function resolveTranslations<E extends { id: string; data: { sourceLocale: Locale } }>(
  collection: string,
  entryId: string,
  versions: Partial<Record<Locale, E>>,
): { locale: Locale; entry: E; fallback: boolean }[] {
  const any = Object.values(versions)[0] as E;
  const sourceLocale = any.data.sourceLocale;
  const source = versions[sourceLocale];
  if (!source) throw missingTranslationError(collection, entryId, sourceLocale, true);
  checkTranslationsAgree(collection, entryId, versions);
  return LOCALES.map((locale) => {
    const entry = versions[locale];
    if (entry) return { locale, entry, fallback: false };
    if (MISSING_TRANSLATION === 'fallback') return { locale, entry: source, fallback: true };
    throw missingTranslationError(collection, entryId, locale, false);
  });
}

async function build(): Promise<SiteMap> {
  const [postings, pages, teams, busRoutes, organization] = await Promise.all([
    getCollection('postings'),
    getCollection('pages'),
    getCollection('teams'),
    getCollection('busRoutes'),
    getCollection('organization'),
  ]);
  const today = buildDay();
  const teamIds = new Set(teams.map((team) => team.id));
  const sitePages: SitePage[] = [];

  for (const locale of LOCALES) {
    for (const view of SECTION_PAGES) {
      sitePages.push({ view, key: { kind: view }, locale, path: pathFor(locale, { kind: view }) });
    }
  }

  const pageGroups = byEntry(pages);
  for (const [id, versions] of pageGroups) {
    for (const { locale, entry, fallback } of resolveTranslations('pages', id, versions)) {
      const key: PageKey = entry.data.kind === 'benefit' ? { kind: 'benefit', id } : { kind: 'page', id };
      sitePages.push({ view: 'page', key, locale, path: pathFor(locale, key, entry.data.slug), entry, fallback });
    }
  }

  for (const [id, versions] of byEntry(postings)) {
    for (const { locale, entry, fallback } of resolveTranslations('postings', id, versions)) {
      const file = entryFile('postings', id, locale);
      if (!teamIds.has(entry.data.team)) {
        throw new Error(`${file}: team: expected a team id from content/data/teams.yaml (${[...teamIds].join(', ')}), got "${entry.data.team}"`);
      }
      for (const benefit of entry.data.benefits) {
        if (pageGroups.get(benefit) === undefined || Object.values(pageGroups.get(benefit) ?? {})[0]?.data.kind !== 'benefit') {
          throw new Error(`${file}: benefits: "${benefit}" is not a benefit page in content/pages/`);
        }
      }
      const key: PageKey = { kind: 'posting', id };
      const open = isOpen(entry.data, today);
      sitePages.push({ view: 'posting', key, locale, path: pathFor(locale, key, entry.data.slug), entry, fallback, open });
    }
  }

  const byPath = new Map<string, SitePage>();
  for (const page of sitePages) {
    const clash = byPath.get(page.path);
    if (clash) throw new Error(`Two pages would be published at ${page.path}: ${describe(clash)} and ${describe(page)}. Change the slug of one of them.`);
    byPath.set(page.path, page);
  }

  const byKey = new Map<string, Partial<Record<Locale, SitePage>>>();
  for (const page of sitePages) {
    const k = pageKeyToString(page.key);
    byKey.set(k, { ...byKey.get(k), [page.locale]: page });
  }
  const contentIds = new Map<string, string>();
  for (const page of sitePages) {
    if (page.view === 'posting' || page.view === 'page') contentIds.set((page.key as { id: string }).id, pageKeyToString(page.key));
  }

  const find = (locale: Locale, keyString: string) => byKey.get(keyString)?.[locale];
  // Newest first, then by title in the locale's alphabetical order. Every posting page
  // asks (for its related postings), so each locale's list is sorted once.
  const sortedPostings = new Map<Locale, Extract<SitePage, { view: 'posting' }>[]>();
  const sortedPostingsIn = (locale: Locale) => {
    let list = sortedPostings.get(locale);
    if (!list) {
      const collator = new Intl.Collator(locale);
      list = sitePages
        .filter((page): page is Extract<SitePage, { view: 'posting' }> => page.view === 'posting' && page.locale === locale)
        .sort((a, b) => b.entry.data.datePosted.getTime() - a.entry.data.datePosted.getTime() || collator.compare(a.entry.data.title, b.entry.data.title));
      sortedPostings.set(locale, list);
    }
    return list;
  };
  const postingsIn = (locale: Locale) => [...sortedPostingsIn(locale)];

  const skeleton = siteDigest({ postings, pages, teams, busRoutes, organization, today });

  return {
    pages: sitePages,
    factsKey: skeleton,
    cacheKey(page) {
      if (!('entry' in page)) return skeleton;
      const modified = page.entry.filePath ? lastModified(page.entry.filePath)?.toISOString() : undefined;
      return `${skeleton}:${page.entry.digest ?? page.entry.id}:${modified ?? ''}`;
    },
    alternates(key) {
      const versions = byKey.get(pageKeyToString(key)) ?? {};
      return Object.fromEntries(Object.entries(versions).map(([locale, page]) => [locale, page.path]));
    },
    href(locale, target) {
      const keyString = (SECTION_PAGES as readonly string[]).includes(target) ? target : contentIds.get(target);
      const page = keyString ? find(locale, keyString) : undefined;
      if (!page) {
        throw new Error(`Link to "${target}" (${locale}): no such page. Use ${SECTION_PAGES.join(', ')} or the id of a folder in content/postings or content/pages.`);
      }
      return page.path;
    },
    postings: postingsIn,
    benefits(locale) {
      return sitePages
        .filter((page): page is Extract<SitePage, { view: 'page' }> => page.view === 'page' && page.locale === locale && page.key.kind === 'benefit')
        .sort((a, b) => a.entry.data.order - b.entry.data.order);
    },
    related(locale, id, limit) {
      const own = find(locale, `posting:${id}`);
      if (own?.view !== 'posting') return [];
      const factsOf = ({ entry: { data } }: Extract<SitePage, { view: 'posting' }>) => ({ team: data.team, city: data.location.city, employmentType: data.employmentType });
      return closestPostings(factsOf(own), sortedPostingsIn(locale), (page) => (page.open && page !== own ? factsOf(page) : undefined), limit);
    },
    entryPage(locale, id) {
      const keyString = contentIds.get(id);
      const page = keyString ? find(locale, keyString) : undefined;
      return page && (page.view === 'posting' || page.view === 'page') ? page : undefined;
    },
  };
}

/**
 * Everything a page can show besides its own body: every entry's frontmatter in every
 * language (titles, slugs, dates: lists, related postings, the language switcher), the
 * data files, the settings and the build day (open or closed). Conservative on purpose:
 * editing frontmatter re-renders the site; editing a body re-renders that page only.
 */
function siteDigest(parts: {
  postings: PostingEntry[];
  pages: PageEntry[];
  teams: { id: string; data: unknown }[];
  busRoutes: { id: string; data: unknown }[];
  organization: { id: string; data: unknown }[];
  today: string;
}): string {
  const hash = createHash('sha256');
  const entries = (list: { id: string; data: unknown }[]) => [...list].sort((a, b) => a.id.localeCompare(b.id)).map((entry) => [entry.id, entry.data]);
  hash.update(JSON.stringify([entries(parts.postings), entries(parts.pages), entries(parts.teams), entries(parts.busRoutes), entries(parts.organization), parts.today]));
  hash.update(JSON.stringify([DEPLOY_ENV, MISSING_TRANSLATION, ALERTS_SUBSCRIBE_URL ?? '']));
  return hash.digest('base64url').slice(0, 22);
}

function describe(page: SitePage): string {
  const { entryId, locale } = 'entry' in page ? splitEntryId(page.entry.id) : { entryId: '', locale: '' };
  if (page.view === 'posting') return entryFile('postings', entryId, locale);
  return page.view === 'page' ? entryFile('pages', entryId, locale) : `the ${page.view} page`;
}

/** A posting's body as the content layer rendered it (content/renderedMarkdown.ts). */
export function renderedBody(entry: PostingEntry): string {
  const html = entry.rendered?.html;
  if (html === undefined) throw new Error(`${entry.filePath ?? entry.id}: the body was not rendered`);
  return html;
}

let cached: Promise<SiteMap> | undefined;

export function getSiteMap(): Promise<SiteMap> {
  cached ??= build();
  return cached;
}

/**
 * Every page of the site in every locale, built once per build from the content
 * collections and the route table. It is the one place that knows which pages are
 * translations of each other (for the switcher, hreflang and the sitemap) and the
 * only way views build internal links.
 */
import { createHash } from 'node:crypto';
import { ALERTS_SUBSCRIBE_URL, DEPLOY_ENV, MISSING_TRANSLATION } from 'astro:env/server';
import { getCollection, getEntry } from 'astro:content';
import model from 'virtual:careers/content-model';
import { lastModified } from './contentDates.ts';
import { LOCALES, type Locale } from '../i18n/config.ts';
import {
  SECTION_PAGES,
  pageKeyToString,
  pathFor,
  type PageKey,
  type SectionPage,
} from '../i18n/routes.ts';
import type { ContentModel, ContentVersion } from '../content/model.ts';
import type { Page, Posting } from '../content/schemas.ts';
import { closestPostings } from './relatedPostings.ts';
import { jobsPageKeys } from './jobsPages.ts';

export type PostingEntry = ContentVersion<Posting>;
export type PageEntry = ContentVersion<Page>;

interface BasePage {
  key: PageKey;
  locale: Locale;
  path: string;
}

interface EntryPage<Entry> extends BasePage {
  /** The text shown: this locale's translation, or the source standing in for it (`fallback`). */
  entry: Entry;
  fallback: boolean;
  /** The entry's id (its folder name). */
  id: string;
  /** The language the text is in: the page's own, or the source's under a fallback. */
  contentLocale: Locale;
}

export type PostingPage = EntryPage<PostingEntry> & {
  view: 'posting';
  open: boolean;
  teamName: string;
};
export type ContentPage = EntryPage<PageEntry> & { view: 'page' };
export type SitePage = (BasePage & { view: SectionPage }) | PostingPage | ContentPage;

export interface SiteMap {
  pages: SitePage[];
  /** The build's day (YYYY-MM-DD), which decided open and closed. */
  today: string;
  /** The data files, from the content model. */
  teams: ContentModel['teams'];
  busRoutes: ContentModel['busRoutes'];
  organization: ContentModel['organization'];
  /** Path of a page in each locale where it exists. */
  alternates(key: PageKey): Partial<Record<Locale, string>>;
  /** Internal link target: `home`, `jobs`, `benefits`, `search`, `saved`, `alerts`, or a posting or page id. */
  href(locale: Locale, target: string): string;
  postings(locale: Locale): PostingPage[];
  benefits(locale: Locale): ContentPage[];
  entryPage(locale: Locale, id: string): PostingPage | ContentPage | undefined;
  /** Up to `limit` other open postings in this locale sharing the team, city or type of contract, closest first. */
  related(locale: Locale, id: string, limit: number): PostingPage[];
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

function build(content: ContentModel, digests: ReadonlyMap<string, string | undefined>): SiteMap {
  const sitePages: SitePage[] = [];
  for (const locale of LOCALES) {
    for (const view of SECTION_PAGES)
      sitePages.push({ view, key: { kind: view }, locale, path: pathFor(locale, { kind: view }) });
  }
  for (const page of content.pages) {
    const key: PageKey =
      page.kind === 'benefit' ? { kind: 'benefit', id: page.id } : { kind: 'page', id: page.id };
    for (const { locale, version, fallback, path } of page.shown) {
      sitePages.push({
        view: 'page',
        key,
        locale,
        path,
        entry: version,
        fallback,
        id: page.id,
        contentLocale: version.locale,
      });
    }
  }
  for (const posting of content.postings) {
    const key: PageKey = { kind: 'posting', id: posting.id };
    for (const { locale, version, fallback, path } of posting.shown) {
      sitePages.push({
        view: 'posting',
        key,
        locale,
        path,
        entry: version,
        fallback,
        id: posting.id,
        contentLocale: version.locale,
        open: posting.status === 'open',
        teamName: posting.teamName[locale],
      });
    }
  }

  // The jobs list's further pages, in each locale as many as its open postings fill.
  for (const locale of LOCALES) {
    const open = sitePages.filter(
      (page) => page.view === 'posting' && page.locale === locale && page.open,
    ).length;
    for (const key of jobsPageKeys(open).slice(1))
      sitePages.push({ view: 'jobs', key, locale, path: pathFor(locale, key) });
  }

  const byKey = new Map<string, Partial<Record<Locale, SitePage>>>();
  for (const page of sitePages) {
    const k = pageKeyToString(page.key);
    byKey.set(k, { ...byKey.get(k), [page.locale]: page });
  }
  const contentIds = new Map<string, string>();
  for (const page of sitePages)
    if ('id' in page) contentIds.set(page.id, pageKeyToString(page.key));

  const find = (locale: Locale, keyString: string) => byKey.get(keyString)?.[locale];
  // Newest first, then by title in the locale's alphabetical order. Every posting page
  // asks (for its related postings), so each locale's list is sorted once.
  const sortedPostings = new Map<Locale, PostingPage[]>();
  const sortedPostingsIn = (locale: Locale) => {
    let list = sortedPostings.get(locale);
    if (!list) {
      const collator = new Intl.Collator(locale);
      list = sitePages
        .filter((page): page is PostingPage => page.view === 'posting' && page.locale === locale)
        .sort(
          (a, b) =>
            b.entry.data.datePosted.getTime() - a.entry.data.datePosted.getTime() ||
            collator.compare(a.entry.data.title, b.entry.data.title),
        );
      sortedPostings.set(locale, list);
    }
    return list;
  };
  const postingsIn = (locale: Locale) => [...sortedPostingsIn(locale)];

  const factsKey = siteFactsDigest(content);

  return {
    pages: sitePages,
    today: content.today,
    teams: content.teams,
    busRoutes: [...content.busRoutes].sort((a, b) => a.order - b.order),
    organization: content.organization,
    factsKey,
    cacheKey(page) {
      if (!('entry' in page)) return factsKey;
      const modified = lastModified(page.entry.filePath)?.toISOString();
      return `${factsKey}:${digests.get(page.entry.id) ?? ''}:${modified ?? ''}`;
    },
    alternates(key) {
      const versions = byKey.get(pageKeyToString(key)) ?? {};
      return Object.fromEntries(
        Object.entries(versions).map(([locale, page]) => [locale, page.path]),
      );
    },
    href(locale, target) {
      const keyString = (SECTION_PAGES as readonly string[]).includes(target)
        ? target
        : contentIds.get(target);
      const page = keyString ? find(locale, keyString) : undefined;
      if (!page) {
        throw new Error(
          `Link to "${target}" (${locale}): no such page. Use ${SECTION_PAGES.join(', ')} or the id of a folder in content/postings or content/pages.`,
        );
      }
      return page.path;
    },
    postings: postingsIn,
    benefits(locale) {
      return sitePages
        .filter(
          (page): page is ContentPage =>
            page.view === 'page' && page.locale === locale && page.key.kind === 'benefit',
        )
        .sort((a, b) => a.entry.data.order - b.entry.data.order);
    },
    related(locale, id, limit) {
      const own = find(locale, `posting:${id}`);
      if (own?.view !== 'posting') return [];
      const factsOf = ({ entry: { data } }: PostingPage) => ({
        team: data.team,
        city: data.location.city,
        employmentType: data.employmentType,
      });
      return closestPostings(
        factsOf(own),
        sortedPostingsIn(locale),
        (page) => (page.open && page !== own ? factsOf(page) : undefined),
        limit,
      );
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
function siteFactsDigest(content: ContentModel): string {
  const hash = createHash('sha256');
  const facts = (entries: { versions: Partial<Record<Locale, { id: string; data: unknown }>> }[]) =>
    entries.flatMap((entry) =>
      Object.values(entry.versions).map((version) => [version!.id, version!.data]),
    );
  hash.update(
    JSON.stringify([
      facts(content.postings),
      content.postings.map((posting) => posting.status),
      facts(content.pages),
      content.teams,
      content.busRoutes,
      content.organization,
      content.today,
    ]),
  );
  hash.update(JSON.stringify([DEPLOY_ENV, MISSING_TRANSLATION, ALERTS_SUBSCRIBE_URL ?? '']));
  return hash.digest('base64url').slice(0, 22);
}

/** A posting's body as the content layer rendered it (content/loaders.ts). */
export async function renderedBody(entry: PostingEntry): Promise<string> {
  const html = (await getEntry('postings', entry.id))?.rendered?.html;
  if (html === undefined) throw new Error(`${entry.file}: the body was not rendered`);
  return html;
}

let cached: Promise<SiteMap> | undefined;

export function getSiteMap(): Promise<SiteMap> {
  cached ??= (async () => {
    // Each file's digest, from the content store: a body edit changes one page's key.
    const entries = [...(await getCollection('postings')), ...(await getCollection('pages'))];
    return build(
      model,
      new Map(
        entries.map((entry) => [
          entry.id,
          entry.digest === undefined ? undefined : String(entry.digest),
        ]),
      ),
    );
  })();
  return cached;
}

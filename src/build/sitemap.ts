/**
 * The sitemap, written from the content model: which pages search engines may index,
 * each page's versions in the other languages (our paths are localized, /en/jobs/ ↔
 * /es/empleos/, which @astrojs/sitemap cannot pair by itself) and when its content last
 * changed. @astrojs/sitemap writes the files from the pages Astro built; this decides
 * what each one says.
 */
import type { SitemapOptions } from '@astrojs/sitemap';
import { LOCALES, LOCALE_INFO, type Locale } from '../i18n/config.ts';
import { SECTION_PAGES, pathFor } from '../i18n/routes.ts';
import type { ContentModel } from '../content/model.ts';
import { lastModified } from '../lib/contentDates.ts';
import { jobsPageCount } from '../lib/jobsPages.ts';

export interface SitemapPage {
  alternates: Partial<Record<Locale, string>>;
  /** When the page's own text last changed (its file's last commit). */
  lastmod?: string;
}

/**
 * Every indexable page by path: the section pages and the jobs list's further pages, the
 * root chooser, and each open entry's pages.
 */
export function sitemapPages(
  content: Pick<ContentModel, 'postings' | 'pages'>,
  modified: (filePath: string) => Date | undefined = lastModified,
): Map<string, SitemapPage> {
  // The root chooser offers every language's home page.
  const pages = new Map<string, SitemapPage>([
    [
      '/',
      {
        alternates: Object.fromEntries(
          LOCALES.map((locale) => [locale, pathFor(locale, { kind: 'home' })]),
        ),
      },
    ],
  ]);
  for (const kind of SECTION_PAGES) {
    const alternates = Object.fromEntries(
      LOCALES.map((locale) => [locale, pathFor(locale, { kind })]),
    );
    for (const locale of LOCALES) pages.set(alternates[locale]!, { alternates });
  }
  // The list's page 2 in one language is page 2 in the others, where their list is as long.
  const pageCount = (locale: Locale) =>
    jobsPageCount(
      content.postings.filter(
        (posting) =>
          posting.status === 'open' && posting.shown.some((shown) => shown.locale === locale),
      ).length,
    );
  const counts = LOCALES.map((locale) => [locale, pageCount(locale)] as const);
  for (let page = 2; page <= Math.max(...counts.map(([, count]) => count)); page += 1) {
    const alternates = Object.fromEntries(
      counts
        .filter(([, count]) => count >= page)
        .map(([locale]) => [locale, pathFor(locale, { kind: 'jobs', page })]),
    );
    for (const path of Object.values(alternates)) pages.set(path, { alternates });
  }
  // Closed postings keep their page, but not in search: they are noindex.
  const entries = [
    ...content.pages,
    ...content.postings.filter((posting) => posting.status === 'open'),
  ];
  for (const entry of entries) {
    const alternates = Object.fromEntries(entry.shown.map(({ locale, path }) => [locale, path]));
    for (const { path, version } of entry.shown)
      pages.set(path, { alternates, lastmod: modified(version.filePath)?.toISOString() });
  }
  return pages;
}

export function sitemapOptions(content: () => ContentModel): SitemapOptions {
  let pages: Map<string, SitemapPage> | undefined;
  const pageAt = (url: string) => (pages ??= sitemapPages(content())).get(new URL(url).pathname);
  return {
    filter: (url) => pageAt(url) !== undefined,
    serialize: (item) => {
      const page = pageAt(item.url);
      const links = Object.entries(page?.alternates ?? {}).map(([locale, path]) => ({
        lang: LOCALE_INFO[locale as Locale].tag,
        url: new URL(path, item.url).href,
      }));
      return {
        ...item,
        ...(links.length > 0 ? { links } : {}),
        ...(page?.lastmod ? { lastmod: page.lastmod } : {}),
      };
    },
  };
}

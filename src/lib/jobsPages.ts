/**
 * The jobs list in pages. A page's HTML and CSS must fit the first round trip of a
 * connection (14 KB gzip, tests/e2e/page-budgets.ts) however many postings are open, so the
 * list shows a page of them and links to the others; the home page shows the newest few.
 * Without JavaScript every posting is a few pages away; with it, the filters search every
 * open posting (src/scripts/jobFilters.ts), not only the page's.
 */
import type { Locale } from '../i18n/config.ts';
import { pathFor, type PageKey } from '../i18n/routes.ts';

/** Postings per page of the list: twelve real cards leave the page 1.5 KB under the budget. */
export const JOBS_PAGE_SIZE = 12;
/** The newest postings on the home page: two rows of two. */
export const HOME_POSTINGS = 4;

export function jobsPageCount(postings: number, size = JOBS_PAGE_SIZE): number {
  return Math.max(1, Math.ceil(postings / size));
}

/** The list's pages as site pages: the first is the list itself, the others have a number. */
export function jobsPageKeys(postings: number, size = JOBS_PAGE_SIZE): PageKey[] {
  return Array.from({ length: jobsPageCount(postings, size) }, (_, index) =>
    index === 0 ? { kind: 'jobs' } : { kind: 'jobs', page: index + 1 },
  );
}

/** The address of the list's page `page` (from 1). */
export function jobsPagePath(locale: Locale, page: number): string {
  return pathFor(locale, page === 1 ? { kind: 'jobs' } : { kind: 'jobs', page });
}

/** The postings page `page` (from 1) shows. */
export function jobsPageItems<T>(items: readonly T[], page: number, size = JOBS_PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

export type PageLink = number | 'gap';

/**
 * The numbered links of the list's navigation: the first and last pages, the current one
 * and its neighbours, with a gap where pages are left out. At most seven, however many
 * pages there are, so the navigation weighs the same at 1,000 postings as at 100.
 */
export function jobsPageLinks(current: number, pages: number): PageLink[] {
  const run = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, index) => from + index);
  if (pages <= 7) return run(1, pages);
  // Near either end, five pages in a row there: a gap never stands for a single page.
  if (current <= 4) return [...run(1, 5), 'gap', pages];
  if (current >= pages - 3) return [1, 'gap', ...run(pages - 4, pages)];
  return [1, 'gap', ...run(current - 1, current + 1), 'gap', pages];
}

/** Every open posting's card, for the list's filters (src/pages/[locale]/open-postings.json.ts). */
export function openPostingsPath(locale: Locale): string {
  return `/${locale}/open-postings.json`;
}

/**
 * Every page a person can reach on a built site: the sitemap, plus the pages kept out of
 * it on purpose (root chooser, 404s, closed postings). The accessibility gates run over
 * all of them, and over each open posting's job-fair flyer (`#flyer`, see allViews).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtLocales } from '../../scripts/lib/builtLocales.ts';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { jobsPagePath } from '../../src/lib/jobsPages.ts';
import { sitemapPathsOnDisk } from './sitemap.ts';
import { FLYER_ID, flyerHref } from '../../src/lib/flyer.ts';
import { pathFor } from '../../src/i18n/routes.ts';
import { FIXTURE_LOCALES, FIXTURE_OUT_DIR } from './servers.ts';

export function allPagePaths(outDir = 'dist'): string[] {
  const dir = path.resolve(outDir);
  const extra: string[] = ['/index.html', '/404.html', '/translation-status/'];
  for (const locale of builtLocales(dir)) {
    extra.push(`/${locale}/404/`);
    const jobs = path.join(dir, locale, SEGMENTS.jobs[locale]);
    if (!existsSync(jobs)) continue;
    for (const slug of readdirSync(jobs)) {
      if (!existsSync(path.join(jobs, slug, 'index.html'))) continue;
      extra.push(`/${locale}/${SEGMENTS.jobs[locale]}/${slug}/`);
    }
  }
  return [...new Set([...sitemapPathsOnDisk(outDir).filter((p) => p !== '/'), ...extra])];
}

/**
 * Every page, plus each open posting's flyer view (`<posting>#flyer`): the same file, but
 * what a browser shows is another layout, so the accessibility gates check it too.
 */
export function allViews(outDir = 'dist'): string[] {
  const pages = allPagePaths(outDir);
  const flyers = pages.filter((page) => {
    const file = path.join(path.resolve(outDir), page, 'index.html');
    return existsSync(file) && readFileSync(file, 'utf8').includes(`id="${FLYER_ID}"`);
  });
  return [...pages, ...flyers.map(flyerHref)];
}

/**
 * What the accessibility and validity gates check on the fixture site besides the real
 * one: the alerts pages in every language (the only build with the email form) and every
 * view in Dutch, the language only the fixture site publishes.
 */
export function fixtureGatePaths(outDir = FIXTURE_OUT_DIR): string[] {
  const alerts = FIXTURE_LOCALES.map((locale) => pathFor(locale, { kind: 'alerts' }));
  const dutch = allViews(outDir).filter((view) => view.startsWith('/nl/'));
  return [...new Set([...alerts, ...dutch])];
}

/**
 * Of the site with many postings (tests/support/buildManyPostings.ts), the pages that show
 * how the site copes with them, in each language: the home page and the jobs list's first,
 * second and last pages. The validity and accessibility checks add these to the real site's.
 */
export function manyPostingsPages(outDir: string): string[] {
  const onDisk = new Set(sitemapPathsOnDisk(outDir));
  return builtLocales(path.resolve(outDir)).flatMap((locale) => {
    let last = 1;
    while (onDisk.has(jobsPagePath(locale, last + 1))) last += 1;
    const list = [...new Set([1, 2, last])].filter((page) => page <= last);
    return [`/${locale}/`, ...list.map((page) => jobsPagePath(locale, page))];
  });
}

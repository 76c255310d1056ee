/**
 * Every page a person can reach on a built site: the sitemap, plus the pages kept out of
 * it on purpose (root chooser, 404s, closed postings, job-fair flyers). The accessibility
 * gates run over all of them.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../src/i18n/config.ts';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { sitemapPathsOnDisk } from './sitemap.ts';

export function allPagePaths(outDir = 'dist'): string[] {
  const dir = path.resolve(outDir);
  const extra: string[] = ['/index.html', '/404.html', '/translation-status/'];
  for (const locale of LOCALES) {
    extra.push(`/${locale}/404/`);
    const jobs = path.join(dir, locale, SEGMENTS.jobs[locale]);
    if (!existsSync(jobs)) continue;
    for (const slug of readdirSync(jobs)) {
      if (!existsSync(path.join(jobs, slug, 'index.html'))) continue;
      extra.push(`/${locale}/${SEGMENTS.jobs[locale]}/${slug}/`);
      if (existsSync(path.join(jobs, slug, SEGMENTS.flyer[locale], 'index.html'))) extra.push(`/${locale}/${SEGMENTS.jobs[locale]}/${slug}/${SEGMENTS.flyer[locale]}/`);
    }
  }
  return [...new Set([...sitemapPathsOnDisk(outDir).filter((p) => p !== '/'), ...extra])];
}

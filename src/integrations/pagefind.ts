import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { LOCALES, type Locale } from '../i18n/config.ts';
import { htmlFiles } from '../hosting/cspHashes.ts';
import { searchBundlePath } from '../lib/searchIndex.ts';
import { linkTree } from '../lib/linkTree.ts';
import { readBuiltPage } from '../lib/builtPages.ts';
import { removeLater } from '../lib/removeLater.ts';

/** Where each language's last index is kept, with the digest of the pages it was made from. */
const CACHE_DIR = '.cache/pagefind';
/** The installed Pagefind's version: an index made by another one is not reused. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(path.resolve('node_modules/pagefind/package.json'), 'utf8')) as { version: string }).version;

/**
 * What a language's index is made from: the HTML of its searchable pages, and the
 * Pagefind that reads them. Reading and hashing every page costs a fraction of indexing
 * them (a second at a thousand postings, against eight).
 */
function searchableDigest(site: string, locale: Locale): string {
  const hash = createHash('sha256').update(PAGEFIND_VERSION);
  const dir = path.join(site, locale);
  for (const file of existsSync(dir) ? htmlFiles(dir).sort() : []) {
    const html = readBuiltPage(file);
    if (html.includes('data-pagefind-body')) hash.update(path.relative(site, file)).update('\0').update(html);
  }
  return hash.digest('hex');
}

async function indexLocale(site: string, locale: Locale, outputPath: string): Promise<number> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // The whole site as the root, so result URLs are the pages' addresses; one language's folder.
  const added = await index.addDirectory({ path: site, glob: `${locale}/**/*.html` });
  if (added.errors.length > 0) throw new Error(`Pagefind (${locale}): ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind (${locale}): ${written.errors.join('; ')}`);
  await index.deleteIndex();
  return added.page_count;
}

/** What happened to each language's index: indexed anew (with its page count) or taken from the cache. */
export type SearchIndexReport = Record<Locale, number | 'unchanged'>;

export async function buildSearchIndexes(site: string, cacheDir = CACHE_DIR): Promise<SearchIndexReport> {
  // The languages side by side: while Pagefind indexes one that changed, the others are
  // checked and taken from the cache.
  const results = await Promise.all(LOCALES.map(async (locale) => [locale, await buildSearchIndex(site, locale, path.resolve(cacheDir, locale))] as const));
  await close();
  return Object.fromEntries(results) as SearchIndexReport;
}

async function buildSearchIndex(site: string, locale: Locale, cached: string): Promise<number | 'unchanged'> {
  const digest = searchableDigest(site, locale);
  const output = path.join(site, searchBundlePath(locale));
  rmSync(output, { recursive: true, force: true });
  const bundle = path.join(cached, 'bundle');
  if (existsSync(path.join(cached, 'digest')) && readFileSync(path.join(cached, 'digest'), 'utf8') === digest) {
    linkTree(bundle, output);
    return 'unchanged';
  }
  // Written into the cache, then linked into the site: one write for both. The old index's
  // thousand files are deleted beside the indexing.
  const removal = removeLater(cached);
  mkdirSync(cached, { recursive: true });
  const pages = await indexLocale(site, locale, bundle);
  linkTree(bundle, output);
  // Last: a build stopped before this line leaves no digest, so the half-made index is never reused.
  writeFileSync(path.join(cached, 'digest'), digest);
  await removal;
  return pages;
}

function describe(report: SearchIndexReport): string {
  return Object.entries(report)
    .map(([locale, result]) => (result === 'unchanged' ? `${locale} unchanged (from .cache/pagefind)` : `${locale} ${result} pages indexed`))
    .join(', ');
}

/**
 * Builds the Pagefind search index of each language as part of `astro build`, so
 * `npm run build` alone produces a searchable site. A language whose searchable pages
 * are byte for byte those of the last build gets that build's index from .cache/pagefind.
 *
 * Two integrations: `start` (listed before the sitemap) sets Pagefind to work as soon as
 * the pages are written, `finish` (listed before the host configs, which list the
 * output's folders) waits for it; the sitemap, the OG images' last draws and the editor
 * go on meanwhile, on the other core.
 */
export function searchIndexes(): { start: AstroIntegration; finish: AstroIntegration } {
  let pending: Promise<{ report: SearchIndexReport; seconds: number } | { error: unknown }> | undefined;
  return {
    start: {
      name: 'careers:search-indexes',
      hooks: {
        'astro:build:done': ({ dir }) => {
          const started = performance.now();
          pending = buildSearchIndexes(fileURLToPath(dir)).then(
            (report) => ({ report, seconds: (performance.now() - started) / 1000 }),
            (error: unknown) => ({ error }),
          );
        },
      },
    },
    finish: {
      name: 'careers:search-indexes-written',
      hooks: {
        'astro:build:done': async ({ logger }) => {
          if (!pending) return;
          const result = await pending;
          if ('error' in result) throw result.error;
          logger.info(`search indexes: ${describe(result.report)}, in ${result.seconds.toFixed(1)} s`);
        },
      },
    },
  };
}

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { LOCALES, type Locale } from '../../i18n/config.ts';
import { htmlFiles } from '../hosting/cspHashes.ts';
import { searchBundlePath } from '../../lib/searchIndex.ts';
import { linkTree } from './linkTree.ts';
import { builtPage } from '../builtPages.ts';
import { removeLater } from './removeLater.ts';

/** Where each language's last index is kept, with the digest of the pages it was made from. */
const CACHE_DIR = '.cache/pagefind';
/** The installed Pagefind's version: an index made by another one is not reused. */
const PAGEFIND_VERSION = (
  JSON.parse(readFileSync(path.resolve('node_modules/pagefind/package.json'), 'utf8')) as {
    version: string;
  }
).version;

/**
 * The search interfaces Pagefind writes beside every index (430 KB a language). The site's
 * search page is its own (src/scripts/siteSearch.ts) and loads only pagefind.js, which
 * loads its worker, WebAssembly, index and fragments.
 */
const PAGEFIND_UI = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/**
 * What a language's index is made from: the HTML of its searchable pages (by their
 * digests), the Pagefind that reads them, and which of its files are kept. Reading and
 * hashing every page costs a fraction of indexing them (a tenth of a second a language at
 * a thousand postings, against seconds).
 */
function searchableDigest(site: string, locale: Locale): string {
  const hash = createHash('sha256').update(PAGEFIND_VERSION).update(PAGEFIND_UI.source);
  const dir = path.join(site, locale);
  for (const file of existsSync(dir) ? htmlFiles(dir).sort() : []) {
    const page = builtPage(file);
    if (page.searchable) hash.update(path.relative(site, file)).update('\0').update(page.digest);
  }
  return hash.digest('hex');
}

/**
 * Hands one language's pages to Pagefind and resolves as soon as the request is sent;
 * `finished` resolves with the page count once the index is written to `outputPath`.
 */
async function startIndexing(
  site: string,
  locale: Locale,
  outputPath: string,
): Promise<{ finished: Promise<number> }> {
  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // The whole site as the root, so result URLs are the pages' addresses; one language's folder.
  const adding = index.addDirectory({ path: site, glob: `${locale}/**/*.html` });
  const finished = (async () => {
    const added = await adding;
    if (added.errors.length > 0)
      throw new Error(`Pagefind (${locale}): ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0)
      throw new Error(`Pagefind (${locale}): ${written.errors.join('; ')}`);
    for (const name of readdirSync(outputPath))
      if (PAGEFIND_UI.test(name)) rmSync(path.join(outputPath, name));
    await index.deleteIndex();
    return added.page_count;
  })();
  return { finished };
}

/** What happened to each language's index: indexed anew (with its page count) or taken from the cache. */
export type SearchIndexReport = Record<Locale, number | 'unchanged'>;

type Settled<T> = { value: T } | { error: unknown };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );

/**
 * Checks each language's searchable pages against the cache, one language after the
 * other, and hands a changed one to Pagefind as soon as its check is done. Resolves when
 * every language is checked and handed over; `done` resolves when the indexes are written.
 * Pagefind works in a process of its own, but only on the requests this thread sends: the
 * build waits for them to be sent before the sitemap (a second of work on this thread)
 * starts, or Pagefind would sit idle behind it.
 */
export async function startSearchIndexes(
  site: string,
  cacheDir = CACHE_DIR,
): Promise<{ done: Promise<SearchIndexReport> }> {
  const results: Promise<Settled<readonly [Locale, number | 'unchanged']>>[] = [];
  for (const locale of LOCALES) {
    const { finished } = await startSearchIndex(site, locale, path.resolve(cacheDir, locale));
    results.push(settle(finished.then((result) => [locale, result] as const)));
  }
  const done = (async () => {
    const settled = await Promise.all(results);
    await close();
    const failed = settled.find((result) => 'error' in result);
    if (failed && 'error' in failed) throw failed.error;
    return Object.fromEntries(
      settled.map((result) => ('value' in result ? result.value : [])),
    ) as SearchIndexReport;
  })();
  return { done };
}

async function startSearchIndex(
  site: string,
  locale: Locale,
  cached: string,
): Promise<{ finished: Promise<number | 'unchanged'> }> {
  const digest = searchableDigest(site, locale);
  const output = path.join(site, searchBundlePath(locale));
  rmSync(output, { recursive: true, force: true });
  const bundle = path.join(cached, 'bundle');
  if (
    existsSync(path.join(cached, 'digest')) &&
    readFileSync(path.join(cached, 'digest'), 'utf8') === digest
  ) {
    linkTree(bundle, output);
    return { finished: Promise.resolve('unchanged') };
  }
  // Written into the cache, then linked into the site: one write for both. The old index's
  // thousand files are deleted beside the indexing.
  const removal = removeLater(cached);
  mkdirSync(cached, { recursive: true });
  const indexing = await startIndexing(site, locale, bundle);
  const finished = (async () => {
    const pages = await indexing.finished;
    linkTree(bundle, output);
    // Last: a build stopped before this line leaves no digest, so the half-made index is never reused.
    writeFileSync(path.join(cached, 'digest'), digest);
    await removal;
    return pages;
  })();
  return { finished };
}

/** One line for the build's log: what happened to each language's index. */
export function describeSearchIndexes(report: SearchIndexReport): string {
  return Object.entries(report)
    .map(([locale, result]) =>
      result === 'unchanged'
        ? `${locale} unchanged (from .cache/pagefind)`
        : `${locale} ${result} pages indexed`,
    )
    .join(', ');
}

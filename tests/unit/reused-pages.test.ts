import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { linkRecordedPages, recordOutput, recordedTopLevel, removeUnbuilt, takeRecord } from '../../src/lib/reusedPages.ts';

/** As previousOutput.ts does it: the record, if it holds, then the links. */
function linkPreviousPages(cacheDir: string, outDir: string, aside: string): Set<string> {
  const record = takeRecord(cacheDir, outDir);
  return record ? linkRecordedPages(record, outDir, aside) : new Set();
}

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const PAGES = { 'en/index.html': 'home', 'en/jobs/a/index.html': 'posting a', 'en/rss.xml': 'feed' };

/**
 * A finished build (its pages, Astro's cache manifest and copies, the record) whose output
 * the next build has moved aside, as previousOutput.ts does; on the project's disk.
 */
function lastBuild(pages: Record<string, string> = PAGES) {
  mkdirSync(path.resolve('.cache'), { recursive: true });
  const root = mkdtempSync(path.resolve('.cache/test-reused-pages-'));
  made.push(root);
  const cacheDir = path.join(root, 'astro-cache');
  const outDir = path.join(root, 'dist');
  const aside = path.join(root, 'aside');
  for (const [file, body] of Object.entries(pages)) {
    for (const dir of [outDir, path.join(cacheDir, 'dist')]) {
      mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      writeFileSync(path.join(dir, file), body);
    }
  }
  writeFileSync(path.join(cacheDir, 'incremental-build.json'), JSON.stringify({ version: 1, routes: {} }));
  recordOutput(cacheDir, outDir, Object.keys(pages).map((file) => path.join(outDir, file)));
  renameSync(outDir, aside);
  mkdirSync(outDir);
  return { cacheDir, outDir, aside };
}

test('the last build’s pages are back in the output before Astro renders, linked from the old output', () => {
  const { cacheDir, outDir, aside } = lastBuild();
  const linked = linkPreviousPages(cacheDir, outDir, aside);
  expect([...linked].sort()).toEqual(Object.keys(PAGES).sort());
  expect(readFileSync(path.join(outDir, 'en/jobs/a/index.html'), 'utf8')).toBe('posting a');
  expect(statSync(path.join(outDir, 'en/index.html')).ino).toBe(statSync(path.join(aside, 'en/index.html')).ino);
});

test('a page rendered again over its link changes neither Astro’s cached copy nor the old output’s other pages', () => {
  const { cacheDir, outDir, aside } = lastBuild();
  linkPreviousPages(cacheDir, outDir, aside);
  writeFileSync(path.join(outDir, 'en/index.html'), 'new home');
  expect(readFileSync(path.join(cacheDir, 'dist/en/index.html'), 'utf8')).toBe('home');
  expect(readFileSync(path.join(outDir, 'en/rss.xml'), 'utf8')).toBe('feed');
});

test('a page edited by hand after the build is left for Astro to restore from its cache', () => {
  const { cacheDir, outDir, aside } = lastBuild();
  writeFileSync(path.join(aside, 'en/index.html'), 'edited by hand');
  const linked = linkPreviousPages(cacheDir, outDir, aside);
  expect(linked.has('en/index.html')).toBe(false);
  expect(existsSync(path.join(outDir, 'en/index.html'))).toBe(false);
  expect(linked.has('en/rss.xml')).toBe(true);
});

test('nothing is linked once another build has used Astro’s cache, or for another output folder, or a second time', () => {
  const other = lastBuild();
  writeFileSync(path.join(other.cacheDir, 'incremental-build.json'), JSON.stringify({ version: 1, routes: { another: {} } }));
  expect(linkPreviousPages(other.cacheDir, other.outDir, other.aside).size).toBe(0);

  const elsewhere = lastBuild();
  expect(linkPreviousPages(elsewhere.cacheDir, path.join(path.dirname(elsewhere.outDir), 'dist-other'), elsewhere.aside).size).toBe(0);

  const once = lastBuild();
  expect(linkPreviousPages(once.cacheDir, once.outDir, once.aside).size).toBe(3);
  rmSync(once.outDir, { recursive: true });
  mkdirSync(once.outDir);
  expect(linkPreviousPages(once.cacheDir, once.outDir, once.aside).size).toBe(0);
});

test('a linked page the build did not produce is removed with its empty folders; the others stay', () => {
  const { cacheDir, outDir, aside } = lastBuild({ 'en/index.html': 'home', 'en/jobs/gone/index.html': 'removed posting', 'en/jobs/kept/index.html': 'kept posting' });
  const linked = linkPreviousPages(cacheDir, outDir, aside);
  const built = ['en/index.html', 'en/jobs/kept/index.html'].map((file) => path.join(outDir, file));
  expect(removeUnbuilt(outDir, linked, built)).toEqual(['en/jobs/gone/index.html']);
  expect(existsSync(path.join(outDir, 'en/jobs/gone'))).toBe(false);
  expect(existsSync(path.join(outDir, 'en/jobs/kept/index.html'))).toBe(true);
});

test('the old output’s folders that hold no recorded page can be deleted before the links are made', () => {
  const { cacheDir, outDir } = lastBuild({ 'index.html': 'root', 'en/index.html': 'home', 'fr/index.html': 'accueil' });
  expect([...recordedTopLevel(takeRecord(cacheDir, outDir)!)].sort()).toEqual(['en', 'fr', 'index.html']);
});

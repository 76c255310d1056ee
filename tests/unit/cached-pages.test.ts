import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { linkCachedPages, recordedOutputFiles, removeUnbuilt } from '../../src/lib/cachedPages.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** An Astro cache recording `pages` (output file → body), and an empty output beside it, on the project's disk. */
function cacheWith(pages: Record<string, string>, manifest?: object): { cacheDir: string; outDir: string } {
  mkdirSync(path.resolve('.cache'), { recursive: true });
  const root = mkdtempSync(path.resolve('.cache/test-cached-pages-'));
  made.push(root);
  const cacheDir = path.join(root, 'astro');
  const outDir = path.join(root, 'dist');
  mkdirSync(outDir, { recursive: true });
  mkdirSync(cacheDir, { recursive: true });
  for (const [file, body] of Object.entries(pages)) {
    mkdirSync(path.dirname(path.join(cacheDir, 'dist', file)), { recursive: true });
    writeFileSync(path.join(cacheDir, 'dist', file), body);
  }
  const paths = Object.fromEntries(Object.keys(pages).map((file) => [`/${file}`, { cacheKey: 'k', outputFile: file }]));
  writeFileSync(path.join(cacheDir, 'incremental-build.json'), JSON.stringify(manifest ?? { version: 1, routes: { 'src/pages/[locale]/[...path].astro': { dependencyHash: 'd', paths } } }));
  return { cacheDir, outDir };
}

test('the pages Astro cached are in the output before it renders, as links to its copies', () => {
  const { cacheDir, outDir } = cacheWith({ 'en/index.html': 'home', 'en/jobs/a/index.html': 'posting a', 'en/rss.xml': 'feed' });
  const linked = linkCachedPages(cacheDir, outDir);
  expect([...linked].sort()).toEqual(['en/index.html', 'en/jobs/a/index.html', 'en/rss.xml']);
  expect(readFileSync(path.join(outDir, 'en/jobs/a/index.html'), 'utf8')).toBe('posting a');
  expect(statSync(path.join(outDir, 'en/index.html')).ino).toBe(statSync(path.join(cacheDir, 'dist/en/index.html')).ino);
});

test('a recorded page missing from the cache is left for Astro to render', () => {
  const { cacheDir, outDir } = cacheWith({ 'en/index.html': 'home', 'fr/index.html': 'accueil' });
  rmSync(path.join(cacheDir, 'dist/fr/index.html'));
  expect([...linkCachedPages(cacheDir, outDir)]).toEqual(['en/index.html']);
  expect(existsSync(path.join(outDir, 'fr/index.html'))).toBe(false);
});

test('a manifest of another version, a broken one, or a path leaving the output links nothing', () => {
  const other = cacheWith({ 'en/index.html': 'home' }, { version: 2, routes: {} });
  expect(linkCachedPages(other.cacheDir, other.outDir).size).toBe(0);
  writeFileSync(path.join(other.cacheDir, 'incremental-build.json'), '{ not json');
  expect(recordedOutputFiles(other.cacheDir)).toEqual([]);
  const escaping = cacheWith({}, { version: 1, routes: { r: { paths: { '/x': { outputFile: '../outside.html' }, '/y': { outputFile: '/etc/passwd' }, '/z': { outputFile: 'en/ok.html' } } } } });
  expect(recordedOutputFiles(escaping.cacheDir)).toEqual(['en/ok.html']);
});

test('a linked page the build did not produce is removed with its empty folders; the others stay', () => {
  const { cacheDir, outDir } = cacheWith({ 'en/index.html': 'home', 'en/jobs/gone/index.html': 'removed posting', 'en/jobs/kept/index.html': 'kept posting' });
  const linked = linkCachedPages(cacheDir, outDir);
  const built = ['en/index.html', 'en/jobs/kept/index.html'].map((file) => path.join(outDir, file));
  expect(removeUnbuilt(outDir, linked, built)).toEqual(['en/jobs/gone/index.html']);
  expect(existsSync(path.join(outDir, 'en/jobs/gone'))).toBe(false);
  expect(existsSync(path.join(outDir, 'en/jobs/kept/index.html'))).toBe(true);
  // The cache keeps its copy for Astro to prune or reuse.
  expect(existsSync(path.join(cacheDir, 'dist/en/jobs/gone/index.html'))).toBe(true);
});

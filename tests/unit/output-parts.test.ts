/** The bench says where a deploy's bytes go: each file of the output counts in one part. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { filesUnder, outputPartOf, outputParts } from '../../scripts/lib/pageWeight.ts';

test('each file of a build counts in the part it belongs to', () => {
  expect(outputPartOf('es/empleos/x/index.html')).toBe('pages');
  expect(outputPartOf('og/fr/posting-x.png')).toBe('OG images');
  expect(outputPartOf('pagefind/fr/pagefind.fr_1.pf_index')).toBe('search index');
  expect(outputPartOf('_astro/index.Ab12.css')).toBe('assets');
  expect(outputPartOf('en/rss.xml')).toBe('feeds and data');
  expect(outputPartOf('favicon.svg')).toBe('other');
});

test('the parts add up to the whole output', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-parts-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [file, bytes] of [
    ['en/index.html', 10],
    ['og/en/home.png', 30],
    ['pagefind/en/x.pf_index', 5],
    ['_astro/a.css', 7],
    ['en/feed.json', 3],
    ['robots.txt', 1],
  ] as const) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), 'x'.repeat(bytes));
  }
  expect(outputParts(dir, filesUnder(dir))).toEqual({
    pages: 10,
    'OG images': 30,
    'search index': 5,
    assets: 7,
    'feeds and data': 3,
    other: 1,
  });
});

/** The bench says where a deploy's bytes go: each byte of the output counts in one part. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { filesUnder, outputPartOf, outputParts } from '../../scripts/lib/pageWeight.ts';

test('each file of a build counts in the part it belongs to', () => {
  expect(outputPartOf('es/empleos/x/index.html')).toBe('pages: HTML');
  expect(outputPartOf('og/fr/posting-x.png')).toBe('OG images');
  expect(outputPartOf('qr/fr/x.svg')).toBe('QR codes');
  expect(outputPartOf('pagefind/fr/pagefind.fr_1.pf_index')).toBe('search index');
  expect(outputPartOf('admin/index.html')).toBe('pages: HTML');
  expect(outputPartOf('admin/decap-cms.js')).toBe('visual editor');
  expect(outputPartOf('_astro/index.Ab12.css')).toBe('assets');
  expect(outputPartOf('en/rss.xml')).toBe('feeds and data');
  expect(outputPartOf('favicon.svg')).toBe('other');
});

test('the parts add up to the whole output, with each page’s inline CSS apart from its HTML', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-parts-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const page = `<html><head><style>a{b:c}</style></head><body><style>d{e:f}</style></body></html>`;
  for (const [file, text] of [
    ['en/index.html', page],
    ['og/en/home.png', 'x'.repeat(30)],
    ['qr/en/x.svg', 'x'.repeat(4)],
    ['pagefind/en/x.pf_index', 'x'.repeat(5)],
    ['admin/decap-cms.js', 'x'.repeat(9)],
    ['_astro/a.css', 'x'.repeat(7)],
    ['en/feed.json', 'x'.repeat(3)],
    ['robots.txt', 'x'],
  ] as const) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const css = '<style>a{b:c}</style><style>d{e:f}</style>'.length;
  expect(outputParts(dir, filesUnder(dir))).toEqual({
    'pages: HTML': page.length - css,
    'pages: inline CSS': css,
    'OG images': 30,
    'QR codes': 4,
    'search index': 5,
    'feeds and data': 3,
    'visual editor': 9,
    assets: 7,
    other: 1,
  });
});

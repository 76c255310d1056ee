/** What counts in a page's first round trip, and which page type each page is weighed as. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { gzipBytes, pageTypeOf, pageWeights } from '../../scripts/lib/pageWeight.ts';

test("the jobs list's further pages weigh as the jobs list, postings as postings", () => {
  expect(pageTypeOf(path.join('en', 'jobs', 'index.html'))).toBe('jobs list');
  expect(pageTypeOf(path.join('es', 'empleos', 'pagina', '12', 'index.html'))).toBe('jobs list');
  expect(pageTypeOf(path.join('fr', 'offres', 'page', '2', 'index.html'))).toBe('jobs list');
  expect(pageTypeOf(path.join('fr', 'offres', 'page', 'index.html'))).toBe('posting');
  expect(pageTypeOf(path.join('en', 'jobs', 'page', 'x', 'index.html'))).toBe('other');
});

test('the first round trip is the HTML and the stylesheets in its head that hold the first paint back', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-round-trip-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  const css = 'body{color:#111}'.repeat(40);
  const html =
    '<!doctype html><html><head><style>p{margin:0}</style>' +
    '<link rel="stylesheet" href="/_astro/a.css"><link rel="stylesheet" href="/print.css" media="print">' +
    '</head><body><script type="module" src="/_astro/b.js"></script>' +
    '<link rel="stylesheet" href="/environment.css"></body></html>';
  for (const [file, text] of [
    ['en/index.html', html],
    ['_astro/a.css', css],
    ['print.css', css],
    ['_astro/b.js', 'console.log(1)'],
    ['environment.css', css],
  ] as const) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  const [home] = pageWeights(dir).get('home')!;
  expect(home!.firstRoundTrip).toBe(gzipBytes(html) + gzipBytes(css));
  expect(home!.blockingStylesheets).toEqual(['_astro/a.css']);
  expect(home!.css).toBe(3 * gzipBytes(css));
  expect(home!.js).toBe(gzipBytes('console.log(1)'));
});

import { expect, test } from 'vitest';
import { alternatesIn, isExcludedFromSitemap, lastmodIn } from '../../src/lib/sitemapOptions.ts';

test('reads the hreflang alternates a page declares, without x-default', () => {
  const html = '<link rel="alternate" hreflang="en" href="https://x.org/en/jobs/"><link rel="alternate" hreflang="es" href="https://x.org/es/empleos/"><link rel="alternate" hreflang="x-default" href="https://x.org/">';
  expect(alternatesIn(html)).toEqual([
    { lang: 'en', url: 'https://x.org/en/jobs/' },
    { lang: 'es', url: 'https://x.org/es/empleos/' },
  ]);
});

test('pages marked for exclusion stay out of the sitemap', () => {
  expect(isExcludedFromSitemap('<html lang="en" data-sitemap="exclude">')).toBe(true);
  expect(isExcludedFromSitemap('<html lang="en"><meta name="robots" content="noindex, nofollow">')).toBe(false);
});

test('the lastmod of a page is the content date it declares, when it has one', () => {
  expect(lastmodIn('<html lang="en" data-lastmod="2026-11-22T10:00:00.000Z">')).toBe('2026-11-22T10:00:00.000Z');
  expect(lastmodIn('<html lang="en">')).toBeUndefined();
});

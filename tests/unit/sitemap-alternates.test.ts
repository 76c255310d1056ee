import { expect, test } from 'vitest';
import { alternatesIn, isExcludedFromSitemap } from '../../src/lib/sitemapOptions.ts';

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

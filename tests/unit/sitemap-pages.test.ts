/** What the sitemap tells search engines, decided from the content model, not read back from HTML. */
import { fixtureModel } from '../support/content.ts';
import { expect, test } from 'vitest';
import { sitemapPages } from '../../src/build/sitemap.ts';

const modified = () => new Date('2026-11-22T10:00:00.000Z');

test('each page lists its versions in every language, with localized paths', () => {
  const pages = sitemapPages(fixtureModel('2026-06-01'), modified);
  expect(pages.get('/es/empleos/')?.alternates).toEqual({
    en: '/en/jobs/',
    es: '/es/empleos/',
    fr: '/fr/offres/',
  });
  const posting = [...pages.entries()].find(([path]) => path.startsWith('/fr/offres/fixture'))!;
  expect(Object.keys(posting[1].alternates).sort()).toEqual(['en', 'es', 'fr']);
});

test('an entry page carries the date its file last changed; section pages have none', () => {
  const pages = sitemapPages(fixtureModel('2026-06-01'), modified);
  expect(
    [...pages.values()].filter((page) => page.lastmod === '2026-11-22T10:00:00.000Z').length,
  ).toBeGreaterThan(0);
  expect(pages.get('/en/jobs/')?.lastmod).toBeUndefined();
});

test('closed postings and scheduled postings stay out; the root chooser is in', () => {
  const open = sitemapPages(fixtureModel('2026-06-01'), modified);
  const later = sitemapPages(fixtureModel('2100-01-01'), modified);
  const postings = (pages: Map<string, unknown>) =>
    [...pages.keys()].filter((path) => path.startsWith('/en/jobs/') && path !== '/en/jobs/');
  expect(postings(open).length).toBeGreaterThan(0);
  expect(postings(later)).toEqual([]);
  expect(postings(sitemapPages(fixtureModel('2000-01-01'), modified))).toEqual([]);
  expect(open.has('/')).toBe(true);
});

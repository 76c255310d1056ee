/** The jobs list in pages: how many, which postings each shows, and the links between them. */
import { describe, expect, test } from 'vitest';
import {
  JOBS_PAGE_SIZE,
  jobsPageCount,
  jobsPageItems,
  jobsPageKeys,
  jobsPageLinks,
  jobsPagePath,
} from '../../src/lib/jobsPages.ts';
import { pageKeyToString, pathFor } from '../../src/i18n/routes.ts';
import { ogImageName } from '../../src/lib/ogPaths.ts';
import { sitemapPages } from '../../src/build/sitemap.ts';
import { fixtureModel } from '../support/content.ts';

const numbers = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('at a thousand postings', () => {
  const postings = numbers(1000);
  const pages = jobsPageCount(postings.length);

  test('the list has as many pages as it takes to show each posting once, in order', () => {
    expect(pages).toBe(Math.ceil(1000 / JOBS_PAGE_SIZE));
    const shown = numbers(pages).flatMap((page) => jobsPageItems(postings, page));
    expect(shown).toEqual(postings);
    for (const page of numbers(pages))
      expect(jobsPageItems(postings, page).length).toBeLessThanOrEqual(JOBS_PAGE_SIZE);
  });

  test('every page links to at most seven pages, always the first, the last and its neighbours', () => {
    for (const current of numbers(pages)) {
      const links = jobsPageLinks(current, pages);
      expect(links.length, `page ${current}`).toBeLessThanOrEqual(7);
      const linked = links.filter((link) => link !== 'gap');
      expect(linked).toContain(1);
      expect(linked).toContain(pages);
      for (const neighbour of [current - 1, current, current + 1].filter(
        (page) => page >= 1 && page <= pages,
      ))
        expect(linked, `page ${current}`).toContain(neighbour);
      // In order, and a gap stands for two pages or more.
      for (let index = 1; index < links.length; index += 1) {
        const [before, after] = [links[index - 1], links[index]];
        if (typeof before === 'number' && typeof after === 'number') expect(after).toBe(before + 1);
        if (after === 'gap') {
          const next = links[index + 1] as number;
          expect(next - (before as number)).toBeGreaterThan(2);
        }
      }
    }
  });
});

test('a short list is one page with every page number and no gap', () => {
  expect(jobsPageCount(0)).toBe(1);
  expect(jobsPageCount(JOBS_PAGE_SIZE)).toBe(1);
  expect(jobsPageCount(JOBS_PAGE_SIZE + 1)).toBe(2);
  expect(jobsPageLinks(1, 1)).toEqual([1]);
  expect(jobsPageLinks(3, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  expect(jobsPageLinks(5, 8)).toEqual([1, 'gap', 4, 5, 6, 7, 8]);
});

test("the list's further pages are under it, two segments deep, in each language", () => {
  expect(jobsPagePath('en', 1)).toBe('/en/jobs/');
  expect(jobsPagePath('en', 2)).toBe('/en/jobs/page/2/');
  expect(jobsPagePath('es', 84)).toBe('/es/empleos/pagina/84/');
  expect(jobsPagePath('fr', 3)).toBe('/fr/offres/page/3/');
  expect(jobsPageKeys(25).map((key) => pathFor('en', key))).toEqual([
    '/en/jobs/',
    '/en/jobs/page/2/',
    '/en/jobs/page/3/',
  ]);
  // A page of its own for the switcher and hreflang; the list's image for link previews.
  expect(pageKeyToString({ kind: 'jobs', page: 2 })).toBe('jobs:2');
  expect(ogImageName({ kind: 'jobs', page: 2 })).toBe(ogImageName({ kind: 'jobs' }));
});

test("the sitemap lists the list's further pages, each with its versions in the other languages", () => {
  const model = fixtureModel('2026-06-01');
  const open = model.postings.filter((posting) => posting.status === 'open');
  // As many open postings as fill two pages and start a third.
  const many = {
    ...model,
    postings: numbers(2 * JOBS_PAGE_SIZE + 1).map((index) => ({
      ...open[index % open.length]!,
      id: `copy-${index}`,
    })),
  };
  const pages = sitemapPages(many, () => undefined);
  expect(pages.get('/es/empleos/pagina/3/')?.alternates).toEqual({
    en: '/en/jobs/page/3/',
    es: '/es/empleos/pagina/3/',
    fr: '/fr/offres/page/3/',
  });
  expect(pages.has('/en/jobs/page/4/')).toBe(false);
  expect(sitemapPages(model, () => undefined).has('/en/jobs/page/2/')).toBe(false);
});

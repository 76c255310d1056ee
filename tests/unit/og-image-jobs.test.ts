/** The build draws one Open Graph image for every page in every language, from the content model alone. */
import { fixtureModel } from '../support/content.ts';
import { expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/config.ts';
import { SECTION_PAGES } from '../../src/i18n/routes.ts';
import { ogImageJobs } from '../../src/build/og/ogImageInput.ts';
import { ogImagePath } from '../../src/lib/ogPaths.ts';

test('one image per section page, page and posting in every language, at its page key', () => {
  const model = fixtureModel('2026-06-01');
  const files = ogImageJobs(model).map((job) => job.file);
  expect(files).toHaveLength(
    LOCALES.length * (SECTION_PAGES.length + model.pages.length + model.postings.length),
  );
  expect(new Set(files).size).toBe(files.length);
  expect(files).toContain('og/es/posting-fixture-data-intern.png');
  expect(files).toContain('og/fr/home.png');
});

test('the jobs list and each of its pages share one image, named like the list', () => {
  expect(ogImagePath('en', { kind: 'jobs' })).toBe('/og/en/jobs.png');
  expect(ogImagePath('fr', { kind: 'jobs', page: 3 })).toBe('/og/fr/jobs.png');
});

test('a posting image shows its title, its team in the page language and its city', () => {
  const job = ogImageJobs(fixtureModel('2026-06-01')).find(
    (candidate) => candidate.file === 'og/es/posting-fixture-data-intern.png',
  )!;
  const posting = fixtureModel('2026-06-01').postings.find(
    (candidate) => candidate.id === 'fixture-data-intern',
  )!;
  expect(job.input).toMatchObject({
    lang: 'es',
    title: posting.versions.es!.data.title,
    subtitle: `${posting.teamName.es} · ${posting.versions.es!.data.location.city}`,
  });
});

test('a scheduled posting has no image until its day', () => {
  const files = ogImageJobs(fixtureModel('2000-01-01')).map((job) => job.file);
  expect(files.some((file) => file.includes('posting-'))).toBe(false);
});

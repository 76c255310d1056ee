/**
 * Translations into a language the code speaks but the site does not publish wait for its
 * launch: the fixture content has Dutch files and Dutch team names, and a build without
 * Dutch in SITE_LOCALES (this process's) reads them as if they were not there.
 */
import { expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/config.ts';
import { readContentFiles } from '../../src/content/files.ts';
import { fixtureModel } from '../support/content.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_TODAY } from '../support/servers.ts';

test('the fixture content has Dutch files, but the site this process builds does not publish Dutch', () => {
  expect(LOCALES).not.toContain('nl');
  const files = readContentFiles(FIXTURE_CONTENT_DIR);
  expect(files.entries.length).toBeGreaterThan(0);
  expect(files.entries.filter((entry) => entry.locale === 'nl')).toEqual([]);
  expect(files.problems).toEqual([]);
});

test('a model read without Dutch published has no Dutch page and no problem', () => {
  const model = fixtureModel(FIXTURE_TODAY);
  expect(model.problems).toEqual([]);
  const shownIn = new Set(
    [...model.postings, ...model.pages].flatMap((entry) => entry.shown.map((s) => s.locale)),
  );
  expect([...shownIn].sort()).toEqual(['en', 'es', 'fr']);
});

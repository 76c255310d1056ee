/**
 * The robots meta of every page comes from headData (src/lib/seo.ts, via BaseLayout). A
 * page that must stay out of search (a closed posting, a 404) says noindex in production
 * too, where every other page is indexable; outside production every page says noindex.
 *
 * The end-to-end builds cannot show this for a closed posting: the fixture builds, which
 * have one, are development builds where every page is noindex, and the production build
 * of the real content has none. Built closed postings are checked for noindex in
 * tests/e2e/closed-posting.fixture.spec.ts.
 */
import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/config.ts';
import { headData, type HeadInput } from '../../src/lib/seo.ts';

const page = (
  locale: (typeof LOCALES)[number],
  noindex: boolean,
  environmentNoindex: boolean,
): HeadInput => ({
  locale,
  title: 'Fixture Closed Analyst',
  siteName: 'Careers',
  description: 'A closed posting',
  path: `/${locale}/jobs/fixture-closed-analyst/`,
  alternates: Object.fromEntries(LOCALES.map((l) => [l, `/${l}/jobs/fixture-closed-analyst/`])),
  site: 'https://careers.example.test',
  noindex,
  environmentNoindex,
});

describe.each(LOCALES)('the robots meta of a %s page', (locale) => {
  test('a page that must not be indexed (closed posting, 404) says noindex in production', () => {
    expect(headData(page(locale, true, false)).robots).toMatch(/\bnoindex\b/);
  });

  test('any other page is indexable in production', () => {
    const { robots } = headData(page(locale, false, false));
    expect(robots).toMatch(/\bindex\b/);
    expect(robots).not.toMatch(/\bnoindex\b/);
  });

  test('outside production every page says noindex', () => {
    expect(headData(page(locale, false, true)).robots).toMatch(/\bnoindex\b/);
    expect(headData(page(locale, true, true)).robots).toMatch(/\bnoindex\b/);
  });
});

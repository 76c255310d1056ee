/**
 * Every language tells candidates the same facts: a translation whose team, country,
 * dates, apply link, pay or benefits differ from the original is refused, naming the
 * field, what the original says and what the translation says.
 */
import { expect, test } from 'vitest';
import { translationsAgree } from '../../src/content/translations.ts';

const original = {
  team: 'it-engineering',
  location: { city: 'Madrid', country: 'ES' },
  employmentType: 'INTERN',
  workMode: 'hybrid',
  datePosted: new Date('2026-02-01T00:00:00Z'),
  validThrough: new Date('2026-03-31T00:00:00Z'),
  applyUrl: 'https://apply.example.org/1',
  contact: { name: 'Ana', email: 'ana@example.org' },
  payRange: { min: 800, max: 1000, currency: 'EUR', unit: 'MONTH' },
  benefits: ['company-bus', 'paid-internship'],
  sourceLocale: 'en',
};
const file = (locale: string) => `content/postings/backend-intern/index.${locale}.mdx`;

test('a translation that says the same facts in its own words passes', () => {
  const translated = {
    ...original,
    location: { ...original.location, city: 'Madrid (España)' },
    contact: { ...original.contact, name: 'Ana G.' },
    // Equal dates, read from another file.
    validThrough: new Date('2026-03-31T00:00:00Z'),
  };
  expect(
    translationsAgree('postings', 'backend-intern', 'en', {
      en: { data: original },
      es: { data: translated },
    }),
  ).toEqual([]);
});

test('each differing fact is one problem in the translation, with both values', () => {
  const problems = translationsAgree('postings', 'backend-intern', 'en', {
    en: { data: original },
    es: {
      data: {
        ...original,
        location: { city: 'Madrid', country: 'FR' },
        validThrough: new Date('2026-04-30T00:00:00Z'),
        benefits: ['paid-internship', 'company-bus'],
        contact: { name: 'Ana' },
        payRange: undefined,
      },
    },
    fr: { data: { ...original, workMode: 'remote' } },
  });
  const expected = (value: string) =>
    `expected ${value} as in index.en.mdx (the same in every language)`;
  expect(problems).toEqual([
    { file: file('es'), field: 'location.country', message: `${expected('"ES"')}, got "FR"` },
    {
      file: file('es'),
      field: 'validThrough',
      message: `${expected('2026-03-31')}, got 2026-04-30`,
    },
    {
      file: file('es'),
      field: 'contact.email',
      message: `${expected('"ana@example.org"')}, got nothing`,
    },
    {
      file: file('es'),
      field: 'payRange',
      message: `${expected('{"min":800,"max":1000,"currency":"EUR","unit":"MONTH"}')}, got nothing`,
    },
    {
      file: file('es'),
      field: 'benefits',
      message: `${expected('["company-bus","paid-internship"]')}, got ["paid-internship","company-bus"]`,
    },
    { file: file('fr'), field: 'workMode', message: `${expected('"hybrid"')}, got "remote"` },
  ]);
});

test('a fact already reported wrong in the original is not asked to be copied', () => {
  expect(
    translationsAgree(
      'postings',
      'backend-intern',
      'en',
      { en: { data: original }, es: { data: { ...original, team: 'data' } } },
      new Set(['team']),
    ),
  ).toEqual([]);
});

test('without the original there is nothing to compare (its absence is reported once, elsewhere)', () => {
  expect(
    translationsAgree('postings', 'backend-intern', 'fr', {
      en: { data: original },
      es: { data: { ...original, team: 'data' } },
    }),
  ).toEqual([]);
});

test('pages agree on their kind, order and whether the original is shown', () => {
  const page = { kind: 'benefit', order: 2, sourceLocale: 'es', showOriginal: false, title: 'Bus' };
  expect(
    translationsAgree('pages', 'company-bus', 'es', {
      es: { data: page },
      en: { data: { ...page, title: 'Company bus', order: 3 } },
    }),
  ).toEqual([
    {
      file: 'content/pages/company-bus/index.en.mdx',
      field: 'order',
      message: 'expected 2 as in index.es.mdx (the same in every language), got 3',
    },
  ]);
});

test('a group missing from a translation is reported as nothing, and a language without a file is skipped', () => {
  const problems = translationsAgree('postings', 'backend-intern', 'en', {
    en: { data: original },
    es: { data: { ...original, location: null } },
    fr: undefined,
  });
  expect(problems).toEqual([
    {
      file: file('es'),
      field: 'location.country',
      message: 'expected "ES" as in index.en.mdx (the same in every language), got nothing',
    },
  ]);
});

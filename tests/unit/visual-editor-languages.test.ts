/**
 * Before the visual editor saves, every language is checked (src/build/editor/browser/
 * localeCheck.ts): Decap itself validates only the default language's form.
 */
import { expect, test } from 'vitest';
import { decapConfig } from '../../src/build/editor/decapConfig.ts';
import { entryFormat } from '../../src/build/editor/browser/entryFormat.ts';
import { keyOrder } from '../../src/build/editor/browser/formFields.ts';
import { localeProblems } from '../../src/build/editor/browser/localeCheck.ts';
import { LOCALES } from '../../src/i18n/config.ts';
import { entryFile } from '../../src/content/location.ts';
import { readFileSync } from 'node:fs';

const config = decapConfig({
  backend: { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' },
  siteUrl: 'http://localhost:4321',
  choices: { teams: ['it-engineering'], benefits: ['company-bus'] },
});
const fieldsOf = (name: string) =>
  config.collections.find((collection) => collection.name === name)!.fields;
const format = entryFormat(keyOrder(config.collections));

/** The real posting's three files, as the editor reads them. */
const posting = Object.fromEntries(
  LOCALES.map((locale) => [
    locale,
    format.fromFile(readFileSync(entryFile('postings', 'backend-engineer-intern', locale), 'utf8')),
  ]),
);
const check = (values: Record<string, Record<string, unknown> | undefined>) =>
  localeProblems(fieldsOf('postings'), [...LOCALES], (locale) => values[locale]);

test('a complete entry passes in every language', () => {
  expect(check(posting)).toEqual([]);
});

test('a required field left empty is named with its language', () => {
  expect(
    check({
      ...posting,
      fr: { ...posting.fr, title: '', body: '' },
      es: { ...posting.es, location: { country: 'ES', city: null } },
    }),
  ).toEqual([
    'Spanish: location.city is required',
    'French: title is required',
    'French: body is required',
  ]);
});

test('a language with none of its own text is said to be missing, in one line', () => {
  const shared = { team: 'it-engineering', employmentType: 'INTERN', location: { country: 'ES' } };
  for (const fr of [undefined, shared])
    expect(check({ ...posting, fr })).toEqual([
      'French is missing: write its title, slug, summary, location.city, contact.name and body',
    ]);
});

test('what the form checks as it is typed is checked in every language too', () => {
  expect(check({ ...posting, es: { ...posting.es, slug: 'Prácticas Backend' } })).toEqual([
    'Spanish: slug: Lowercase words joined by hyphens, like backend-engineer-intern, got "Prácticas Backend"',
  ]);
});

test('an optional object left empty passes; the fields the editor never shows are not checked', () => {
  const withHidden = { ...posting.fr, payRange: { min: null, currency: '' }, reviewedAgainst: '' };
  expect(check({ ...posting, fr: withHidden })).toEqual([]);
});

test('pages are checked by their own form', () => {
  const page = { title: 'About us', slug: 'about-us', kind: 'page', order: 0, sourceLocale: 'en' };
  expect(
    localeProblems(fieldsOf('pages'), ['en', 'es'], (locale) =>
      locale === 'en' ? { ...page, description: 'Who we are.', body: 'Text' } : undefined,
    ),
  ).toEqual(['Spanish is missing: write its title, slug, description and body']);
});

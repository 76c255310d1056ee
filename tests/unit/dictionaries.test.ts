import { describe, expect, test } from 'vitest';
import { LANGUAGES, LOCALE_INFO } from '../../src/i18n/config.ts';
import { DICTIONARIES, useTranslations } from '../../src/i18n/translations.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const base = (key: string) => key.replace(PLURAL, '');
const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
const en = DICTIONARIES.en;

// Every language the code speaks, published here or not (Dutch is, on the fixture site).
describe.each(LANGUAGES)('the %s dictionary', (locale) => {
  const dictionary = DICTIONARIES[locale];

  test('has exactly the keys of en (plural forms as its language needs)', () => {
    expect([...new Set(Object.keys(dictionary).map(base))].sort()).toEqual(
      [...new Set(Object.keys(en).map(base))].sort(),
    );
  });

  test('has every plural form its language uses', () => {
    const categories = new Intl.PluralRules(LOCALE_INFO[locale].tag).resolvedOptions()
      .pluralCategories;
    const plurals = new Set(
      Object.keys(en)
        .filter((key) => PLURAL.test(key))
        .map(base),
    );
    for (const key of plurals)
      for (const category of categories)
        expect(dictionary, `${key}_${category}`).toHaveProperty(`${key}_${category}`);
  });

  test('has no empty string and keeps the interpolation variables of en', () => {
    for (const [key, value] of Object.entries(dictionary)) {
      expect(value.trim(), key).not.toBe('');
      const source = en[key] ?? en[`${base(key)}_other`];
      expect(variables(value), key).toEqual(variables(source ?? ''));
    }
  });
});

test("plural strings follow each language's rules", () => {
  expect(useTranslations('en')('jobs.count', { count: 1 })).toBe('1 open position');
  expect(useTranslations('en')('jobs.count', { count: 3 })).toBe('3 open positions');
  expect(useTranslations('fr')('jobs.count', { count: 0 })).toBe('0 offre ouverte');
  expect(useTranslations('es')('jobs.count', { count: 2 })).toBe('2 ofertas abiertas');
});

test('a missing key does not silently fall back to English', () => {
  // @ts-expect-error: an unknown key is a type error; at run time it shows the key itself.
  expect(useTranslations('fr')('nav.unknown')).toBe('nav.unknown');
});

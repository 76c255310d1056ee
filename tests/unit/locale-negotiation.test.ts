import { expect, test } from 'vitest';
import {
  isLanguage,
  isLocale,
  negotiateLocale,
  parseAcceptLanguage,
  siteLocales,
} from '../../src/i18n/config.ts';

test('parses Accept-Language by quality, then order', () => {
  expect(parseAcceptLanguage('fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5')).toEqual([
    'fr-CH',
    'fr',
    'en',
    'de',
  ]);
  expect(parseAcceptLanguage('en;q=0.2, es')).toEqual(['es', 'en']);
  expect(parseAcceptLanguage('es;q=0, fr')).toEqual(['fr']);
  expect(parseAcceptLanguage(undefined)).toEqual([]);
});

test('picks the first supported language on its primary subtag', () => {
  expect(negotiateLocale(['es-MX', 'en'])).toBe('es');
  expect(negotiateLocale(['de-DE', 'fr-CA'])).toBe('fr');
});

test('returns the default locale for an unknown language', () => {
  expect(negotiateLocale(['de', 'it'])).toBe('en');
  expect(negotiateLocale([])).toBe('en');
});

test('isLocale accepts only configured locales', () => {
  expect(isLocale('fr')).toBe(true);
  expect(isLocale('FR')).toBe(false);
  expect(isLocale(undefined)).toBe(false);
});

test('a language the code speaks but the site does not publish is not negotiated', () => {
  expect(isLanguage('nl')).toBe(true);
  expect(isLocale('nl')).toBe(false);
  expect(negotiateLocale(['nl-NL', 'fr'])).toBe('fr');
  expect(negotiateLocale(['nl-NL', 'fr'], ['en', 'es', 'fr', 'nl'])).toBe('nl');
  expect(negotiateLocale(['nl-BE'], ['en', 'es', 'fr', 'nl'])).toBe('nl');
});

test('SITE_LOCALES publishes languages the code speaks, in its order, English among them', () => {
  expect(siteLocales({})).toEqual(['en', 'es', 'fr']);
  expect(siteLocales({ SITE_LOCALES: ' ' })).toEqual(['en', 'es', 'fr']);
  expect(siteLocales({ SITE_LOCALES: 'en,es,fr,nl' })).toEqual(['en', 'es', 'fr', 'nl']);
  expect(siteLocales({ SITE_LOCALES: 'nl, en' })).toEqual(['nl', 'en']);
  expect(() => siteLocales({ SITE_LOCALES: 'en,de' })).toThrow(
    'SITE_LOCALES: expected languages from en, es, fr, nl, got "de"',
  );
  expect(() => siteLocales({ SITE_LOCALES: 'en,es,es' })).toThrow(
    'SITE_LOCALES: each language once, got "en,es,es"',
  );
  expect(() => siteLocales({ SITE_LOCALES: 'es,fr' })).toThrow(
    'SITE_LOCALES: must include en, the language every entry is written in first',
  );
});

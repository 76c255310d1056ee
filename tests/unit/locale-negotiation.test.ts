import { expect, test } from 'vitest';
import { isLocale, negotiateLocale, parseAcceptLanguage } from '../../src/i18n/config.ts';

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

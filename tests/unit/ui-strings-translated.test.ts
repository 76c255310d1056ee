/**
 * Every UI string of every other language the code speaks (Spanish, French, Dutch) is in
 * its language: a value identical to the English one is an English string left on such a
 * page, unless it is on the reviewed list below. Compared as a reader sees them (case and spacing aside), each plural form
 * against the English form of the same category, or English's `other` where English has
 * no such form (Spanish and French `many`).
 */
import { describe, expect, test } from 'vitest';
import { DEFAULT_LOCALE, LANGUAGES, type Locale } from '../../src/i18n/config.ts';
import { DICTIONARIES } from '../../src/i18n/translations.ts';

type Translated = Exclude<Locale, typeof DEFAULT_LOCALE>;

/**
 * Keys whose text is rightly the same as in English, per language, each with its reason.
 * Keep it short: an entry here is a string no test checks for translation. An entry whose
 * text no longer matches English fails the test, so the list cannot outlive its reasons.
 */
const SAME_AS_ENGLISH: Record<Translated, Record<string, string>> = {
  es: {
    'posting.card': 'only placeholders and a comma: nothing to translate',
  },
  fr: {
    'posting.card': 'only placeholders and a comma: nothing to translate',
    'nav.menu': '"Menu" is the French word',
    'jobs.pageLink': '"Page" is the French word',
  },
  nl: {
    'posting.card': 'only placeholders and a comma: nothing to translate',
    'nav.home': '"Home" is what Dutch sites call their home page',
    'nav.menu': '"Menu" is the Dutch word',
    'jobs.filterTeam': '"Team" is the Dutch word',
    'posting.team': '"Team" is the Dutch word',
    'alerts.teams': '"Teams" is the Dutch plural',
    'bus.route': '"Route" is the Dutch word',
    'footer.privacy': '"Privacy" is the Dutch word, as on Dutch banks\' sites',
  },
};

const PLURAL = /_(zero|one|two|few|many|other)$/;
const en = DICTIONARIES[DEFAULT_LOCALE];
const english = (key: string) => en[key] ?? en[key.replace(PLURAL, '_other')];
const asRead = (text: string) =>
  text.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('en');
const translated = LANGUAGES.filter((locale): locale is Translated => locale !== DEFAULT_LOCALE);

describe.each(translated)('the %s UI strings', (locale) => {
  const dictionary = DICTIONARIES[locale];
  const sameAsEnglish = Object.keys(dictionary).filter((key) => {
    const source = english(key);
    return source !== undefined && asRead(dictionary[key]!) === asRead(source);
  });

  test('are translated: none is the English text, except the reviewed ones', () => {
    const unexplained = sameAsEnglish
      .filter((key) => !(key in SAME_AS_ENGLISH[locale]))
      .map((key) => `${key}: "${dictionary[key]}"`);
    expect(unexplained, `${locale}.json strings identical to en.json`).toEqual([]);
  });

  test('have no reviewed exception left that is no longer the English text', () => {
    expect(
      Object.keys(SAME_AS_ENGLISH[locale]).filter((key) => !sameAsEnglish.includes(key)),
    ).toEqual([]);
  });
});

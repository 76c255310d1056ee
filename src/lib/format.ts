import { LOCALE_INFO, type Locale } from '../i18n/config.ts';

/**
 * Intl formatters are slow to create and pages format thousands of values in a large
 * build: one of each per locale and kind.
 */
function perLocale<T>(create: (tag: string) => T): (locale: Locale) => T {
  const made = new Map<Locale, T>();
  return (locale) => {
    let formatter = made.get(locale);
    if (!formatter) made.set(locale, (formatter = create(LOCALE_INFO[locale].tag)));
    return formatter;
  };
}
const dateFormat = perLocale(
  (tag) => new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }),
);
const regionNames = perLocale((tag) => new Intl.DisplayNames(tag, { type: 'region' }));
const languageNames = perLocale((tag) => new Intl.DisplayNames(tag, { type: 'language' }));
const listFormat = perLocale(
  (tag) => new Intl.ListFormat(tag, { style: 'long', type: 'conjunction' }),
);

/**
 * Dates in content are calendar days (stored at UTC midnight), so they are formatted in UTC.
 * French writes the first of the month as an ordinal ("1er février 2027"), which Intl does not.
 */
export function formatDate(date: Date, locale: Locale): string {
  const text = dateFormat(locale).format(date);
  return locale === 'fr' && date.getUTCDate() === 1 ? text.replace(/^1(?=\s)/, '1er') : text;
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function countryName(code: string, locale: Locale): string {
  return regionNames(locale).of(code) ?? code;
}

export function languageName(of: Locale, inLocale: Locale): string {
  return languageNames(inLocale).of(LOCALE_INFO[of].tag) ?? of;
}

export function formatList(items: string[], locale: Locale): string {
  return listFormat(locale).format(items);
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(LOCALE_INFO[locale].tag, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
  }).format(amount);
}

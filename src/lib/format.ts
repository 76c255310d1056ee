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

/**
 * Money formats, per locale and currency, in whole units (salaries are quoted so) or in
 * cents when an amount has them: a rate of 12.50 an hour must not print as 13.
 */
const moneyFormats = new Map<string, Intl.NumberFormat>();
function moneyFormat(locale: Locale, currency: string, cents: boolean): Intl.NumberFormat {
  const key = `${locale} ${currency} ${cents}`;
  let format = moneyFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE_INFO[locale].tag, {
      style: 'currency',
      currency,
      minimumFractionDigits: cents ? 2 : 0,
      maximumFractionDigits: cents ? 2 : 0,
    });
    moneyFormats.set(key, format);
  }
  return format;
}

/**
 * Spanish as the style guide writes it (docs/style-guide-es.md, "Numbers"): digit groups
 * split by a space from five digits on, never by a point; Intl's Spanish uses a point.
 * The space is a narrow no-break one, so an amount never breaks across lines.
 */
const GROUP_SEPARATOR: Partial<Record<Locale, string>> = { es: '\u202F' };

/**
 * "€18,000–€22,000", "18 000–22 000 €": a range as each language writes amounts, with an
 * en dash and no spaces between its ends (Intl puts " – " in English, "-" in Spanish). A
 * range whose ends are equal is one amount (Intl would write "~€18,000").
 */
export function formatMoneyRange(
  min: number,
  max: number,
  currency: string,
  locale: Locale,
): string {
  const format = moneyFormat(locale, currency, !Number.isInteger(min) || !Number.isInteger(max));
  // A single amount's parts have no source; only a range's separator sits between its ends.
  const parts: { type: string; value: string; source?: string }[] =
    min === max ? format.formatToParts(min) : format.formatRangeToParts(min, max);
  return parts
    .map((part, index) => {
      if (part.type === 'group') return GROUP_SEPARATOR[locale] ?? part.value;
      const between =
        part.type === 'literal' &&
        parts[index - 1]?.source === 'startRange' &&
        parts[index + 1]?.source === 'endRange';
      return between ? '\u2013' : part.value;
    })
    .join('');
}

import { LOCALE_INFO, type Locale } from '../i18n/config.ts';

/** Dates in content are calendar days (stored at UTC midnight), so they are formatted in UTC. */
export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].tag, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function countryName(code: string, locale: Locale): string {
  return new Intl.DisplayNames(LOCALE_INFO[locale].tag, { type: 'region' }).of(code) ?? code;
}

export function languageName(of: Locale, inLocale: Locale): string {
  return new Intl.DisplayNames(LOCALE_INFO[inLocale].tag, { type: 'language' }).of(LOCALE_INFO[of].tag) ?? of;
}

export function formatList(items: string[], locale: Locale): string {
  return new Intl.ListFormat(LOCALE_INFO[locale].tag, { style: 'long', type: 'conjunction' }).format(items);
}

export function formatMoney(amount: number, currency: string, locale: Locale): string {
  return new Intl.NumberFormat(LOCALE_INFO[locale].tag, { style: 'currency', currency, maximumFractionDigits: 0 }).format(amount);
}

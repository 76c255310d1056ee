/**
 * The one list of locales. Imported by astro.config.mjs, the content schemas,
 * the tests and the scripts, so it must not import anything from Astro.
 * Adding a language: one entry here, one dictionary in ./locales, the MDX files.
 */
export const LOCALES = ['en', 'es', 'fr'] as const;

export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = 'en';

export interface LocaleInfo {
  /** The language's name in that language, for the switcher. */
  endonym: string;
  /** BCP 47 tag for `lang`, `hreflang` and `Intl`. */
  tag: string;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
  /** Writing direction, for `dir` on <html> and on passages in this language. */
  dir: 'ltr' | 'rtl';
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { endonym: 'English', tag: 'en', ogLocale: 'en_GB', dir: 'ltr' },
  es: { endonym: 'Español', tag: 'es', ogLocale: 'es_ES', dir: 'ltr' },
  fr: { endonym: 'Français', tag: 'fr', ogLocale: 'fr_FR', dir: 'ltr' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best supported locale for a list of language preferences
 * (navigator.languages or a parsed Accept-Language), matching on the primary subtag.
 */
export function negotiateLocale(preferences: readonly string[]): Locale {
  for (const preference of preferences) {
    const primary = preference.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return DEFAULT_LOCALE;
}

/** Parses an Accept-Language header into tags ordered by quality (RFC 9110 §12.5.4). */
export function parseAcceptLanguage(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.tag !== '' && entry.tag !== '*' && entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((entry) => entry.tag);
}

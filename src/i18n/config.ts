/**
 * The languages: every one the code can speak (LANGUAGES, each with its UI strings in
 * ./locales, its URL segments in routes.ts and its info below, all checked by the type
 * checker), and the ones this site publishes (LOCALES, from SITE_LOCALES).
 * Imported by astro.config.mjs, the content schemas, the tests and the scripts, so it
 * must not import anything from Astro.
 * Adding a language: see the README's "Add a language".
 */
export const LANGUAGES = ['en', 'es', 'fr', 'nl'] as const;

export type Locale = (typeof LANGUAGES)[number];

/** The language every entry is written in first, and the one the root chooser speaks. */
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
  nl: { endonym: 'Nederlands', tag: 'nl', ogLocale: 'nl_NL', dir: 'ltr' },
};

/** What the site publishes when SITE_LOCALES is unset: the languages its content is in. */
export const DEFAULT_SITE_LOCALES: readonly Locale[] = ['en', 'es', 'fr'];

export function isLanguage(value: unknown): value is Locale {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * SITE_LOCALES (`en,es,fr,nl`): the languages this build publishes, in the language
 * switcher's order. Each needs its UI strings (a LANGUAGES entry) and a file per entry;
 * the default language must be among them, as every entry is written in it first.
 */
export function siteLocales(env: Record<string, string | undefined>): readonly Locale[] {
  const value = env.SITE_LOCALES?.trim();
  if (!value) return DEFAULT_SITE_LOCALES;
  const codes = value.split(',').map((code) => code.trim());
  const unknown = codes.filter((code) => !isLanguage(code));
  if (unknown.length > 0)
    throw new Error(
      `SITE_LOCALES: expected languages from ${LANGUAGES.join(', ')}, got "${unknown.join('", "')}" (a new language needs its UI strings first: see the README's "Add a language")`,
    );
  if (new Set(codes).size !== codes.length)
    throw new Error(`SITE_LOCALES: each language once, got "${value}"`);
  if (!codes.includes(DEFAULT_LOCALE))
    throw new Error(
      `SITE_LOCALES: must include ${DEFAULT_LOCALE}, the language every entry is written in first, got "${value}"`,
    );
  return codes as Locale[];
}

// Read where process exists (the build, the scripts, the tests); browser code must not
// import LOCALES, it reads the languages from the page.
const environment = (globalThis as { process?: { env: Record<string, string | undefined> } })
  .process?.env;

/** The languages this site publishes (SITE_LOCALES): every page, feed and URL is in one of them. */
export const LOCALES: readonly Locale[] = siteLocales(environment ?? {});

/** A language this site publishes. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/**
 * Picks the best of the site's locales for a list of language preferences
 * (navigator.languages or a parsed Accept-Language), matching on the primary subtag.
 */
export function negotiateLocale(
  preferences: readonly string[],
  supported: readonly string[] = LOCALES,
): Locale {
  for (const preference of preferences) {
    const primary = preference.trim().toLowerCase().split(/[-_]/)[0];
    if (isLanguage(primary) && supported.includes(primary)) return primary;
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

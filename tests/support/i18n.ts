/**
 * UI strings as readers see them: the dictionaries typeset for their language (French
 * no-break spaces), as t() returns them. Tests that find an element by its text or
 * compare a page with a string use these, never the raw dictionary.
 */
import { LANGUAGES, type Locale } from '../../src/i18n/config.ts';
import { DICTIONARIES } from '../../src/i18n/translations.ts';
import { typeset } from '../../src/i18n/typography.ts';

export const SHOWN_STRINGS: Record<Locale, Record<string, string>> = Object.fromEntries(
  LANGUAGES.map((locale) => [
    locale,
    Object.fromEntries(
      Object.entries(DICTIONARIES[locale]).map(([key, text]) => [key, typeset(locale, text)]),
    ),
  ]),
) as Record<Locale, Record<string, string>>;

/** A text from a content file as the page shows it. */
export const shown = (locale: Locale, text: string): string => typeset(locale, text);

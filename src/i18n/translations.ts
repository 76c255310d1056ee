/**
 * UI strings through a private i18next instance: no global state shared with other
 * code, no detection, no backend. Resources are bundled JSON, so a missing key is a
 * type error (see i18next.d.ts) and a dictionary test catches a missing translation.
 */
import { createInstance, type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './config.ts';
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };

export const DICTIONARIES: Record<Locale, Record<string, string>> = { en, es, fr };

const i18n = createInstance();
await i18n.init({
  lng: DEFAULT_LOCALE,
  // Missing keys must not silently show English: the dictionary test fails first.
  fallbackLng: false,
  supportedLngs: [...LOCALES],
  resources: Object.fromEntries(LOCALES.map((locale) => [locale, { translation: DICTIONARIES[locale] }])),
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes on output; escaping here would double-escape.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = TFunction<'translation', undefined>;

export function useTranslations(locale: Locale): Translate {
  return i18n.getFixedT(locale);
}

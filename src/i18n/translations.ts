/**
 * UI strings through a private i18next instance: no global state shared with other
 * code, no detection, no backend. Resources are bundled JSON, English the source: a key
 * used but missing from en.json (i18next.d.ts) or missing from another language's file
 * (below) is a type error.
 */
import { createInstance, type TFunction } from 'i18next';
import { DEFAULT_LOCALE, LANGUAGES, type Locale } from './config.ts';
import { typeset } from './typography.ts';
import en from './locales/en.json' with { type: 'json' };
import es from './locales/es.json' with { type: 'json' };
import fr from './locales/fr.json' with { type: 'json' };
import nl from './locales/nl.json' with { type: 'json' };

/** A language's UI strings: every key of the English source. */
export type Dictionary = typeof en;

/** Every language the code speaks has every English key: one left out fails `astro check`. */
const complete = { en, es, fr, nl } satisfies Record<Locale, Dictionary>;

export const DICTIONARIES: Record<Locale, Record<string, string>> = complete;

const i18n = createInstance();
await i18n.init({
  lng: DEFAULT_LOCALE,
  // Missing keys must not silently show English: the dictionary test fails first.
  fallbackLng: false,
  supportedLngs: [...LANGUAGES],
  resources: Object.fromEntries(
    LANGUAGES.map((locale) => [locale, { translation: DICTIONARIES[locale] }]),
  ),
  keySeparator: false,
  nsSeparator: false,
  // Astro escapes on output; escaping here would double-escape.
  interpolation: { escapeValue: false },
  returnNull: false,
});

export type Translate = TFunction<'translation', undefined>;

const translators = new Map<Locale, Translate>();

/**
 * The locale's t(), whose answers are typeset for the language (French no-break spaces:
 * typography.ts). i18next resolves every call anew (~10 µs), and a build of 1,000
 * postings makes hundreds of thousands of the same calls, so each answer is kept: by
 * key, and by options when they hold only plain values (counts, titles).
 */
export function useTranslations(locale: Locale): Translate {
  let translate = translators.get(locale);
  if (!translate) {
    translate = withAnswersKept(i18n.getFixedT(locale), (answer) => typeset(locale, answer));
    translators.set(locale, translate);
  }
  return translate;
}

function withAnswersKept(t: Translate, finish: (answer: string) => string): Translate {
  const answers = new Map<string, string>();
  // Untyped on purpose: the wrapper passes its arguments through unchanged, and is typed as t() below.
  const translated = t as unknown as (...args: unknown[]) => string;
  const call = (...args: unknown[]) => finish(translated(...args));
  const memo = (...args: unknown[]) => {
    const [key, options] = args;
    const plain =
      args.length <= 2 && typeof key === 'string' && (options === undefined || isPlain(options));
    if (!plain) return call(...args);
    const id = options === undefined ? key : `${key}\u0000${JSON.stringify(options)}`;
    let answer = answers.get(id);
    if (answer === undefined) answers.set(id, (answer = call(...args)));
    return answer;
  };
  return memo as unknown as Translate;
}

function isPlain(options: unknown): boolean {
  if (
    typeof options !== 'object' ||
    options === null ||
    Object.getPrototypeOf(options) !== Object.prototype
  )
    return false;
  return Object.values(options).every(
    (value) => value === null || ['string', 'number', 'boolean'].includes(typeof value),
  );
}

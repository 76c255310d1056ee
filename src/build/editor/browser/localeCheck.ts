/**
 * Every language checked before a save. Decap validates only the language it shows on the
 * left, the default one: on Publish it switches that pane to the default language and runs
 * the validation of the controls on screen (EditorInterface.handleOnPublish), so a French
 * file without a title or a body was saved without a word. Its config has no per-language
 * `required` either. The editor's page runs this on Decap's `preSave` event and refuses the
 * save with these lines, in the words the build uses for fields.
 */
import type { DecapField } from '../decapConfig.ts';
import { isEmpty } from './yamlPatch.ts';

type Values = Record<string, unknown>;

/** `fr` → "French": the editor's interface is in English. */
export const languageName = (locale: string) =>
  new Intl.DisplayNames(['en'], { type: 'language' }).of(locale) ?? locale;

const isRequired = (field: DecapField) => field.required !== false && field.widget !== 'hidden';

/** The required fields a translator writes (not copied from the default language), by path. */
function translatedRequired(fields: DecapField[], prefix = ''): string[] {
  return fields.flatMap((field) => {
    if (!isRequired(field) || field.i18n !== true) return [];
    const path = `${prefix}${field.name}`;
    return field.fields ? translatedRequired(field.fields, `${path}.`) : [path];
  });
}

function fieldProblems(fields: DecapField[], values: Values, prefix = ''): string[] {
  return fields.flatMap((field) => {
    const path = `${prefix}${field.name}`;
    const value = values[field.name];
    if (field.widget === 'hidden') return [];
    if (field.fields) {
      // An optional object left empty is left out; a required one is checked field by field.
      if (!isRequired(field) && isEmpty(value)) return [];
      const inner = typeof value === 'object' && value !== null ? (value as Values) : {};
      return fieldProblems(field.fields, inner, `${path}.`);
    }
    if (isEmpty(value)) return isRequired(field) ? [`${path} is required`] : [];
    const [pattern, explanation] = field.pattern ?? [];
    if (pattern && typeof value === 'string' && !new RegExp(pattern).test(value))
      return [`${path}: ${explanation}, got ${JSON.stringify(value)}`];
    return [];
  });
}

const list = (names: string[]) =>
  names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;

/**
 * One line per problem, each naming its language: "French: title is required". A language
 * with none of its own text at all is said to be missing, in one line.
 */
export function localeProblems(
  fields: DecapField[],
  locales: string[],
  valuesOf: (locale: string) => Values | undefined,
): string[] {
  return locales.flatMap((locale) => {
    const language = languageName(locale);
    const values = valuesOf(locale) ?? {};
    const own = translatedRequired(fields);
    const written = own.length === 0 || own.some((path) => !isEmpty(valueAt(values, path)));
    if (!written) return [`${language} is missing: write its ${list(own)}`];
    return fieldProblems(fields, values).map((problem) => `${language}: ${problem}`);
  });
}

function valueAt(values: Values, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (value, name) =>
        typeof value === 'object' && value !== null ? (value as Values)[name] : undefined,
      values,
    );
}

/**
 * Translations carry the same facts. Language-neutral fields (dates, apply link, type…)
 * must agree with the source-language file, or one language would tell candidates a
 * different closing date. Pure: the unit tests call it with plain objects.
 */
import type { Locale } from '../i18n/config.ts';
import { entryFile, entryFileName } from '../content/location.ts';

/** Fields that are the same in every language, per collection. */
export const SHARED_FIELDS: Record<string, readonly string[]> = {
  postings: ['team', 'location.country', 'employmentType', 'workMode', 'datePosted', 'validThrough', 'applyUrl', 'contact.email', 'payRange', 'benefits', 'sourceLocale'],
  pages: ['kind', 'order', 'sourceLocale', 'showOriginal'],
};

function valueAt(data: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), data);
}

function comparable(value: unknown): string {
  return JSON.stringify(value instanceof Date ? value.toISOString().slice(0, 10) : value) ?? 'nothing';
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

export function checkTranslationsAgree(
  collection: string,
  entryId: string,
  versions: Partial<Record<Locale, { data: Record<string, unknown> & { sourceLocale: Locale } }>>,
): void {
  const fields = SHARED_FIELDS[collection] ?? [];
  const first = Object.values(versions)[0];
  if (!first) return;
  const sourceLocale = first.data.sourceLocale;
  const source = versions[sourceLocale] ?? first;
  for (const [locale, version] of Object.entries(versions)) {
    if (!version || version === source) continue;
    for (const field of fields) {
      const expected = valueAt(source.data, field);
      const found = valueAt(version.data, field);
      if (comparable(expected) !== comparable(found)) {
        throw new Error(
          `${entryFile(collection, entryId, locale)}: ${field}: expected ${shown(expected)} as in ${entryFileName(source.data.sourceLocale)} (the same in every language), got ${shown(found)}`,
        );
      }
    }
  }
}

export function missingTranslationError(collection: string, entryId: string, locale: Locale, isSource: boolean): Error {
  return new Error(
    isSource
      ? `content/${collection}/${entryId}/: sourceLocale says the original is ${locale}, but ${entryFileName(locale)} is missing`
      : `${entryFile(collection, entryId, locale)}: missing translation. Add the file, or build with MISSING_TRANSLATION=fallback to show the original with a notice.`,
  );
}

/**
 * Translations carry the same facts. Language-neutral fields (dates, apply link, type…)
 * must agree with the source-language file, or one language would tell candidates a
 * different closing date. Pure: the unit tests call it with plain objects.
 */
import type { Locale } from '../i18n/config.ts';
import { entryFile, entryFileName } from './location.ts';
import type { ContentProblem } from './problems.ts';
import type { Collection } from './files.ts';
import { isoDay } from '../lib/format.ts';

/** Fields that are the same in every language, per collection. */
export const SHARED_FIELDS: Record<Collection, readonly string[]> = {
  postings: ['team', 'location.country', 'employmentType', 'workMode', 'datePosted', 'validThrough', 'applyUrl', 'contact.email', 'payRange', 'benefits', 'sourceLocale'],
  pages: ['kind', 'order', 'sourceLocale', 'showOriginal'],
};

function valueAt(data: unknown, dotted: string): unknown {
  return dotted.split('.').reduce<unknown>((value, part) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined), data);
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date) return isoDay(value);
  return typeof value === 'string' ? `"${value}"` : JSON.stringify(value);
}

/**
 * One problem per translation and field that differs from the source. `skip` names
 * fields already reported wrong in the source (a team id that does not exist): asking
 * the translations to copy a wrong value would mislead.
 */
export function translationsAgree(
  collection: Collection,
  entryId: string,
  sourceLocale: Locale,
  versions: Partial<Record<Locale, { data: object }>>,
  skip: ReadonlySet<string> = new Set(),
): ContentProblem[] {
  const source = versions[sourceLocale];
  if (!source) return [];
  const problems: ContentProblem[] = [];
  for (const [locale, version] of Object.entries(versions)) {
    if (!version || version === source) continue;
    for (const field of SHARED_FIELDS[collection]) {
      if (skip.has(field)) continue;
      const expected = valueAt(source.data, field);
      const found = valueAt(version.data, field);
      if (shown(expected) !== shown(found)) {
        problems.push({
          file: entryFile(collection, entryId, locale),
          field,
          message: `expected ${shown(expected)} as in ${entryFileName(sourceLocale)} (the same in every language), got ${shown(found)}`,
        });
      }
    }
  }
  return problems;
}

/**
 * Translation status of every published entry × locale, from the content model: present,
 * missing, or stale (the source language file changed in git after the translation last
 * did). Shared by `npm run i18n:status` and the reviewers' page. Scheduled postings are
 * not in the model, so they have no row until their day.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LOCALES, type Locale } from '../i18n/config.ts';
import { lastModified } from '../lib/contentDates.ts';
import type { ContentModel } from './model.ts';

/** An original's fingerprint, as a translation's `reviewedAgainst` records it. */
export function fingerprint(filePath: string): string {
  return createHash('sha256').update(readFileSync(filePath)).digest('base64url').slice(0, 12);
}

export type TranslationState = 'source' | 'present' | 'missing' | 'stale';

/** The words for each state, the same in `npm run i18n:status` and on the reviewers' page. */
export const STATE_LABELS: Record<TranslationState, string> = {
  source: 'original',
  present: 'up to date',
  missing: 'missing',
  stale: 'needs update',
};

export interface EntryStatus {
  collection: 'postings' | 'pages';
  id: string;
  sourceLocale: Locale;
  states: Record<Locale, TranslationState>;
}

export function translationStatus(model: Pick<ContentModel, 'postings' | 'pages'>, modified: (filePath: string) => Date | undefined = lastModified, fingerprintOf: (filePath: string) => string = fingerprint): EntryStatus[] {
  const rows = [...model.postings.map((entry) => ({ collection: 'postings' as const, entry })), ...model.pages.map((entry) => ({ collection: 'pages' as const, entry }))];
  return rows.map(({ collection, entry }) => {
    const source = entry.versions[entry.sourceLocale];
    const sourceDate = source ? modified(source.filePath) : undefined;
    const states = Object.fromEntries(
      LOCALES.map((locale): [Locale, TranslationState] => {
        const version = entry.versions[locale];
        if (!version) return [locale, 'missing'];
        if (locale === entry.sourceLocale) return [locale, 'source'];
        // Reviewed against the original as it is now: up to date, whatever the dates say.
        if (source && version.data.reviewedAgainst === fingerprintOf(source.filePath)) return [locale, 'present'];
        const date = modified(version.filePath);
        return [locale, sourceDate && date && sourceDate > date ? 'stale' : 'present'];
      }),
    ) as Record<Locale, TranslationState>;
    return { collection, id: entry.id, sourceLocale: entry.sourceLocale, states };
  });
}

export function formatStatusTable(rows: EntryStatus[]): string {
  const header = ['entry', ...LOCALES];
  const body = rows.map((row) => [`${row.collection}/${row.id}`, ...LOCALES.map((locale) => STATE_LABELS[row.states[locale]])]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

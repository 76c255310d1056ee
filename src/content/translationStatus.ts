/**
 * Translation status of every entry × locale: present, missing, or stale (the source
 * language file changed in git after the translation last did). Shared by
 * `npm run i18n:status` and the reviewers' page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, type Locale } from '../i18n/config.ts';
import { lastModified } from '../lib/contentDates.ts';
import { entryFileName } from './location.ts';

export type TranslationState = 'source' | 'present' | 'missing' | 'stale';

export interface EntryStatus {
  collection: 'postings' | 'pages';
  id: string;
  sourceLocale: Locale;
  states: Record<Locale, TranslationState>;
}

function sourceLocaleOf(file: string): Locale | undefined {
  const match = /^sourceLocale:\s*["']?([a-z-]+)/m.exec(readFileSync(file, 'utf8'));
  return LOCALES.find((locale) => locale === match?.[1]);
}

export function translationStatus(contentDir: string, modified: (file: string) => Date | undefined = lastModified): EntryStatus[] {
  const rows: EntryStatus[] = [];
  for (const collection of ['postings', 'pages'] as const) {
    const base = path.join(contentDir, collection);
    if (!existsSync(base)) continue;
    for (const id of readdirSync(base).sort()) {
      const file = (locale: Locale) => path.join(base, id, entryFileName(locale));
      const present = LOCALES.filter((locale) => existsSync(file(locale)));
      if (present.length === 0) continue;
      const sourceLocale = sourceLocaleOf(file(present[0]!)) ?? present[0]!;
      const sourceDate = existsSync(file(sourceLocale)) ? modified(file(sourceLocale)) : undefined;
      const states = Object.fromEntries(
        LOCALES.map((locale): [Locale, TranslationState] => {
          if (locale === sourceLocale) return [locale, existsSync(file(locale)) ? 'source' : 'missing'];
          if (!existsSync(file(locale))) return [locale, 'missing'];
          const date = modified(file(locale));
          return [locale, sourceDate && date && sourceDate > date ? 'stale' : 'present'];
        }),
      ) as Record<Locale, TranslationState>;
      rows.push({ collection, id, sourceLocale, states });
    }
  }
  return rows;
}

export function formatStatusTable(rows: EntryStatus[]): string {
  const header = ['entry', ...LOCALES];
  const body = rows.map((row) => [`${row.collection}/${row.id}`, ...LOCALES.map((locale) => row.states[locale])]);
  const widths = header.map((_, column) => Math.max(...[header, ...body].map((cells) => cells[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}

import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import {
  formatStatusTable,
  translationStatus as statusOf,
} from '../../src/content/translationStatus.ts';
import { readContentModel } from '../../src/content/model.ts';
import { FIXTURE_TODAY } from '../support/servers.ts';

const translationStatus = (contentDir: string, modified: (file: string) => Date | undefined) =>
  statusOf(
    readContentModel({
      contentDir,
      publicDir: 'public',
      today: FIXTURE_TODAY,
      missingTranslation: 'error',
    }).model,
    modified,
  );

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'careers-status-'));
  cpSync('tests/fixtures/content', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a translation edited after its source is up to date, one edited before is stale', () => {
  const dates: Record<string, string> = {
    'about/index.en.mdx': '2026-05-01',
    'about/index.es.mdx': '2026-05-02',
    'about/index.fr.mdx': '2026-04-01',
  };
  const modified = (file: string) => {
    const key = Object.keys(dates).find((k) => file.endsWith(k));
    return key ? new Date(dates[key]!) : new Date('2026-01-01');
  };
  const about = translationStatus(dir, modified).find((row) => row.id === 'about')!;
  expect(about.states).toEqual({ en: 'source', es: 'present', fr: 'stale' });
});

test('a missing translation is reported, and the source language comes from the frontmatter', () => {
  rmSync(path.join(dir, 'pages/equal-opportunity/index.es.mdx'));
  const statement = translationStatus(dir, () => new Date('2026-01-01')).find(
    (row) => row.id === 'equal-opportunity',
  )!;
  expect(statement.sourceLocale).toBe('fr');
  expect(statement.states).toEqual({ en: 'present', es: 'missing', fr: 'source' });
});

test('a scheduled posting has no row until its day', () => {
  const rows = statusOf(
    readContentModel({
      contentDir: dir,
      publicDir: 'public',
      today: '2026-01-01',
      missingTranslation: 'error',
    }).model,
    () => undefined,
  );
  expect(rows.map((row) => row.id)).not.toContain('fixture-data-intern');
});

test('the table has a row per entry and a column per language', () => {
  const table = formatStatusTable(translationStatus(dir, () => new Date('2026-01-01'))).split('\n');
  expect(table[0]).toMatch(/^entry\s+en\s+es\s+fr$/);
  expect(table).toContainEqual(
    expect.stringMatching(/^postings\/fixture-data-intern\s+source\s+present\s+present$/),
  );
  // Header, rule, then 4 fixture postings and 4 fixture pages.
  expect(table.length).toBe(2 + 8);
});

test('the columns line up under their headers, with a rule as wide as each column', () => {
  const table = formatStatusTable(translationStatus(dir, () => new Date('2026-01-01'))).split('\n');
  const starts = (line: string) => [...line.matchAll(/\S+/g)].map((match) => match.index);
  for (const line of table) expect(starts(line), line).toEqual(starts(table[0]!));
  const widest = (column: number) =>
    Math.max(...table.map((line) => line.split(/\s+/)[column]?.length ?? 0));
  expect(table[1]!.split('  ').filter(Boolean)).toEqual(
    [0, 1, 2, 3].map((column) => '-'.repeat(widest(column))),
  );
});

import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, onTestFinished, test } from 'vitest';
import { withReviewedAgainst } from '../../src/content/reviewMark.ts';
import {
  STATE_LABELS,
  fingerprint,
  formatStatusTable,
  translationStatus as statusOf,
} from '../../src/content/translationStatus.ts';
import { fileDates } from '../../src/lib/contentDates.ts';
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
    expect.stringMatching(/^postings\/fixture-data-intern\s+original\s+up to date\s+up to date$/),
  );
  // Header, rule, then 4 fixture postings and 4 fixture pages.
  expect(table.length).toBe(2 + 8);
});

test('a source changed and not yet committed makes its translations stale at once', () => {
  const repo = mkdtempSync(path.join(tmpdir(), 'careers-git-'));
  onTestFinished(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: repo,
      env: {
        ...process.env,
        GIT_AUTHOR_DATE: '2026-05-01T10:00:00Z',
        GIT_COMMITTER_DATE: '2026-05-01T10:00:00Z',
      },
    });
  cpSync('tests/fixtures/content', path.join(repo, 'content'), { recursive: true });
  git('init', '-q');
  git('-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', 'add', '.');
  git('-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', 'commit', '-qm', 'content');
  const status = () => {
    const dates = fileDates(repo);
    return statusOf(
      readContentModel({
        contentDir: path.join(repo, 'content'),
        publicDir: 'public',
        today: FIXTURE_TODAY,
        missingTranslation: 'error',
      }).model,
      // The model's paths are relative to the working directory (wherever the tests run from),
      // the dates' to the repository.
      (filePath) => dates(path.resolve(filePath)),
    ).find((row) => row.id === 'about')!.states;
  };
  expect(status()).toMatchObject({ es: 'present', fr: 'present' });
  // The editor fixes a typo in the English and has not committed yet.
  const source = path.join(repo, 'content/pages/about/index.en.mdx');
  appendFileSync(source, '\nOne more sentence.\n');
  expect(status()).toMatchObject({ en: 'source', es: 'stale', fr: 'stale' });
});

test('the command and the reviewers’ page use the same words', () => {
  expect(STATE_LABELS).toEqual({
    source: 'original',
    present: 'up to date',
    missing: 'missing',
    stale: 'needs update',
  });
});

test('a translator marks a translation reviewed against the changed original: up to date, the file otherwise untouched', () => {
  const source = path.join(dir, 'pages/about/index.en.mdx');
  const spanish = path.join(dir, 'pages/about/index.es.mdx');
  // The original changed after both translations.
  const modified = (file: string) =>
    new Date(file.endsWith('index.en.mdx') ? '2026-05-02' : '2026-05-01');
  expect(translationStatus(dir, modified).find((row) => row.id === 'about')!.states).toMatchObject({
    es: 'stale',
    fr: 'stale',
  });
  const before = readFileSync(spanish, 'utf8');
  writeFileSync(spanish, withReviewedAgainst(before, fingerprint(source)));
  const after = readFileSync(spanish, 'utf8');
  // One line added to the frontmatter; every other line as it was.
  expect(after.split('\n').filter((line) => !before.split('\n').includes(line))).toEqual([
    `reviewedAgainst: ${fingerprint(source)}`,
  ]);
  expect(translationStatus(dir, modified).find((row) => row.id === 'about')!.states).toMatchObject({
    es: 'present',
    fr: 'stale',
  });
  // The original changes again: the review no longer holds.
  appendFileSync(source, '\nAnother sentence.\n');
  expect(translationStatus(dir, modified).find((row) => row.id === 'about')!.states.es).toBe(
    'stale',
  );
});

test('the columns line up under their headers, with a rule as wide as each column', () => {
  // Cells are separated by two spaces or more; a state can be two words ("up to date").
  const table = formatStatusTable(translationStatus(dir, () => new Date('2026-01-01'))).split('\n');
  const starts = (line: string) => [...line.matchAll(/\S+(?: \S+)*/g)].map((match) => match.index);
  for (const line of table) expect(starts(line), line).toEqual(starts(table[0]!));
  const widest = (column: number) =>
    Math.max(...table.map((line) => line.split(/\s{2,}/)[column]?.length ?? 0));
  expect(table[1]!.split('  ').filter(Boolean)).toEqual(
    [0, 1, 2, 3].map((column) => '-'.repeat(widest(column))),
  );
});

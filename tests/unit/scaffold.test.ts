import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { scaffoldEntry } from '../../src/content/scaffold.ts';
import { contentProblems } from '../../src/content/model.ts';
import { formatProblem } from '../../src/content/problems.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'careers-scaffold-'));
  cpSync('tests/fixtures/content', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test('a new posting exists in every language, and the check lists what is left to write', () => {
  const files = scaffoldEntry(dir, 'posting', 'data-analyst');
  expect(files.map((file) => path.basename(file))).toEqual([
    'index.en.mdx',
    'index.es.mdx',
    'index.fr.mdx',
  ]);
  const todo = contentProblems(dir).map(formatProblem);
  expect(todo).toContain(
    'content/postings/data-analyst/index.es.mdx: title: title must not be empty',
  );
  expect(todo.every((line) => line.includes('/data-analyst/'))).toBe(true);
  expect(readFileSync(files[0]!, 'utf8')).toMatch(
    /^# Where "Apply" leads: .*https only\)\.\napplyUrl: ""$/m,
  );
});

test('once the blanks are filled the new posting is valid', () => {
  for (const file of scaffoldEntry(dir, 'posting', 'data-analyst')) {
    const text = readFileSync(file, 'utf8')
      .replace('title: ""', 'title: Data Analyst')
      .replace('summary: ""', 'summary: Analyse data with us.')
      .replace('team: ""', 'team: data-analytics')
      .replace('city: ""', 'city: Madrid')
      .replace('applyUrl: ""', 'applyUrl: https://apply.example.org/data-analyst')
      .replace('name: ""', 'name: Recruitment team');
    writeFileSync(file, text);
  }
  expect(contentProblems(dir).map(formatProblem)).toEqual([]);
});

test('refuses an id that exists or is not a slug', () => {
  expect(() => scaffoldEntry(dir, 'posting', 'fixture-data-intern')).toThrow(/already exists/);
  expect(() => scaffoldEntry(dir, 'page', 'Über uns')).toThrow(/is not a valid id/);
});

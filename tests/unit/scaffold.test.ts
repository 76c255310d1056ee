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

const INTERN = { employmentType: 'INTERN' };

test('a new posting exists in every language, and the check lists what is left to write', () => {
  const files = scaffoldEntry(dir, 'posting', 'data-analyst', INTERN);
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
    /^# Where "Apply" leads: .*https only\)\..*\napplyUrl: ""$/m,
  );
});

const fillFields = (text: string) =>
  text
    .replace('title: ""', 'title: Data Analyst')
    .replace('slug: ""', 'slug: analyste-de-donnees')
    .replace('summary: ""', 'summary: Analyse data with us.')
    .replace('team: ""', 'team: data-analytics')
    .replace('city: ""', 'city: Madrid')
    .replace('applyUrl: ""', 'applyUrl: https://apply.example.org/data-analyst')
    .replace('name: ""', 'name: Recruitment team');

test('no scaffold text can be published: each placeholder left stops the build, naming its file and line', () => {
  const files = scaffoldEntry(dir, 'posting', 'data-analyst', {
    ...INTERN,
    slugs: { es: 'analista-de-datos' },
  });
  for (const file of files) writeFileSync(file, fillFields(readFileSync(file, 'utf8')));
  const todo = contentProblems(dir).map(formatProblem);
  expect(todo).toContain(
    'content/postings/data-analyst/index.es.mdx: line 35: ⟦What to say under "Tu rol y tu entorno de trabajo", in Spanish⟧ is still the scaffold\'s placeholder: write the text in its place',
  );
  // Four sections in each of three languages; nothing else is left.
  expect(todo).toHaveLength(12);
  // Headings in each file's own language, and no note to editors anywhere in the text.
  const french = readFileSync(files[2]!, 'utf8');
  expect(french).toContain('## Ce que nous recherchons');
  expect(french).not.toMatch(/\{\/\*|<!--/);
  expect(readFileSync(files[1]!, 'utf8')).toMatch(/^slug: analista-de-datos$/m);
});

test('once every blank and placeholder is written the new posting is valid', () => {
  for (const file of scaffoldEntry(dir, 'posting', 'data-analyst', INTERN))
    writeFileSync(
      file,
      fillFields(readFileSync(file, 'utf8')).replace(/⟦[^⟧]*⟧/g, 'Text the editor wrote.'),
    );
  expect(contentProblems(dir).map(formatProblem)).toEqual([]);
});

test('the type of contract is asked for, never defaulted', () => {
  expect(() => scaffoldEntry(dir, 'posting', 'data-analyst')).toThrow(
    '--type: required, one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER (the type of contract the posting offers)',
  );
  expect(() => scaffoldEntry(dir, 'posting', 'data-analyst', { employmentType: 'intern' })).toThrow(
    /^--type: "intern" is not one of FULL_TIME/,
  );
});

test('refuses an id that exists or is not a slug', () => {
  expect(() => scaffoldEntry(dir, 'posting', 'fixture-data-intern', INTERN)).toThrow(
    /already exists/,
  );
  expect(() => scaffoldEntry(dir, 'page', 'Über uns')).toThrow(/is not a valid id/);
});

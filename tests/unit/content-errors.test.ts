/**
 * An editor's mistake stops the build with one line naming the file, the field, what
 * was expected and what was found. Each test breaks a copy of the fixture content once.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { formatProblem, validateContent } from '../../src/content/validate.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'careers-content-'));
  cpSync('tests/fixtures/content', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const posting = 'postings/fixture-data-intern/es.mdx';
function edit(file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  writeFileSync(full, change(readFileSync(full, 'utf8')));
}
const lines = () => validateContent(dir).map(formatProblem);

test('the fixture content is valid', () => {
  expect(lines()).toEqual([]);
});

test('a date that is not a date', () => {
  edit(posting, (text) => text.replace(/^validThrough: .*$/m, 'validThrough: next month'));
  expect(lines()).toEqual(['content/postings/fixture-data-intern/es.mdx: validThrough: expected a date like 2026-12-31, got "next month"']);
});

test('a misspelt field', () => {
  edit(posting, (text) => text.replace(/^workMode:/m, 'workmode:'));
  expect(lines()).toEqual([
    'content/postings/fixture-data-intern/es.mdx: workMode: required: one of onsite, hybrid, remote',
    'content/postings/fixture-data-intern/es.mdx: workmode: unknown field (check the spelling; see the fields in the scaffold or the editor guide)',
  ]);
});

test('a missing required field', () => {
  edit(posting, (text) => text.replace(/^title: .*\n/m, ''));
  expect(lines()).toEqual(['content/postings/fixture-data-intern/es.mdx: title: title is required']);
});

test('an unsafe or plain-http apply link', () => {
  for (const url of ['javascript:alert(1)', 'http://apply.example.org/1', 'data:text/html,hi']) {
    edit(posting, (text) => text.replace(/^applyUrl: .*$/m, `applyUrl: "${url}"`));
    expect(lines()).toEqual([`content/postings/fixture-data-intern/es.mdx: applyUrl: expected a link starting with https://, got "${url}"`]);
  }
});

test('a value that is not one of the allowed ones', () => {
  edit(posting, (text) => text.replace(/^employmentType: .*$/m, 'employmentType: INTERNSHIP'));
  expect(lines()[0]).toMatch(/^content\/postings\/fixture-data-intern\/es\.mdx: employmentType: expected one of FULL_TIME, .*, got "INTERNSHIP"$/);
});

test('broken YAML, with the line and the usual cause', () => {
  edit(posting, (text) => text.replace(/^summary: .*$/m, 'summary: Apply now: it is fun'));
  expect(lines()).toEqual([
    'content/postings/fixture-data-intern/es.mdx: frontmatter: invalid YAML at line 4: Nested mappings are not allowed in compact mappings (a value containing ": " must be in quotes)',
  ]);
});

test('a file for a language the site does not know', () => {
  writeFileSync(path.join(dir, 'pages/about/de.mdx'), readFileSync(path.join(dir, 'pages/about/en.mdx')));
  expect(lines()).toEqual(['content/pages/about/de.mdx: file name: expected one of en.mdx, es.mdx, fr.mdx: the site has no language "de"']);
});

test('a bad entry in a data file names the entry and the field', () => {
  edit('data/bus-routes.yaml', (text) => text.replace('es: Norte', 'es: ""'));
  expect(lines()).toEqual(['content/data/bus-routes.yaml: north.name.es: es must not be empty']);
});

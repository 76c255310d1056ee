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

const posting = 'postings/fixture-data-intern/index.es.mdx';
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
  expect(lines()).toEqual(['content/postings/fixture-data-intern/index.es.mdx: validThrough: expected a date like 2026-12-31, got "next month"']);
});

test('a misspelt field', () => {
  edit(posting, (text) => text.replace(/^workMode:/m, 'workmode:'));
  expect(lines()).toEqual([
    'content/postings/fixture-data-intern/index.es.mdx: workMode: required: one of onsite, hybrid, remote',
    'content/postings/fixture-data-intern/index.es.mdx: workmode: unknown field (check the spelling; see the fields in the scaffold or the editor guide)',
  ]);
});

test('a missing required field', () => {
  edit(posting, (text) => text.replace(/^title: .*\n/m, ''));
  expect(lines()).toEqual(['content/postings/fixture-data-intern/index.es.mdx: title: title is required']);
});

test('an unsafe or plain-http apply link', () => {
  for (const url of ['javascript:alert(1)', 'http://apply.example.org/1', 'data:text/html,hi']) {
    edit(posting, (text) => text.replace(/^applyUrl: .*$/m, `applyUrl: "${url}"`));
    expect(lines()).toEqual([`content/postings/fixture-data-intern/index.es.mdx: applyUrl: expected a link starting with https://, got "${url}"`]);
  }
});

test('a value that is not one of the allowed ones', () => {
  edit(posting, (text) => text.replace(/^employmentType: .*$/m, 'employmentType: INTERNSHIP'));
  expect(lines()[0]).toMatch(/^content\/postings\/fixture-data-intern\/index\.es\.mdx: employmentType: expected one of FULL_TIME, .*, got "INTERNSHIP"$/);
});

test('broken YAML, with the line and the usual cause', () => {
  edit(posting, (text) => text.replace(/^summary: .*$/m, 'summary: Apply now: it is fun'));
  expect(lines()).toEqual([
    'content/postings/fixture-data-intern/index.es.mdx: frontmatter: invalid YAML at line 4: Nested mappings are not allowed in compact mappings (a value containing ": " must be in quotes)',
  ]);
});

test('a file for a language the site does not know', () => {
  writeFileSync(path.join(dir, 'pages/about/index.de.mdx'), readFileSync(path.join(dir, 'pages/about/index.en.mdx')));
  expect(lines()).toEqual(['content/pages/about/index.de.mdx: file name: expected one of index.en.mdx, index.es.mdx, index.fr.mdx: the site has no language "de"']);
});

test('a bad entry in a data file names the entry and the field', () => {
  edit('data/bus-routes.yaml', (text) => text.replace('es: Norte', 'es: ""'));
  expect(lines()).toEqual(['content/data/bus-routes.yaml: north.name.es: es must not be empty']);
});

test('a heading that skips a level, or a second first-level heading', () => {
  edit(posting, (text) => `${text}\n#### Too deep\n\n# Another title\n`);
  const found = lines();
  expect(found[0]).toMatch(/^content\/postings\/fixture-data-intern\/index\.es\.mdx: line \d+: heading level 4 after level 2: headings must not skip a level$/);
  expect(found[1]).toMatch(/: line \d+: a "# " heading: the title is the page's only first-level heading/);
});

test('an image without alt text', () => {
  edit(posting, (text) => `${text}\n![](/team.jpg)\n`);
  expect(lines()).toEqual([expect.stringMatching(/index\.es\.mdx: line \d+: image \/team\.jpg has no alt text/)]);
});

test('an http link, a link to no page, a link into another language, and an unknown <Link>', () => {
  edit(posting, (text) => `${text}\n[a](http://example.org/) [b](/es/empleos/nothing/) [c](/en/jobs/) <Link to="nowhere">d</Link>\n`);
  const found = lines();
  expect(found).toHaveLength(4);
  expect(found[0]).toMatch(/link http:\/\/example\.org\/ uses http: use https:\/\/$/);
  expect(found[1]).toMatch(/link \/es\/empleos\/nothing\/ leads to no page of the site/);
  expect(found[2]).toMatch(/link \/en\/jobs\/ leaves the es site/);
  expect(found[3]).toMatch(/<Link to="nowhere">: no such page/);
});

test('a posting is Markdown with <Link>: another component, or an import, is refused naming the line', () => {
  edit(posting, (text) => `${text}\nimport Chart from './chart.astro';\n\nOur routes: <BusRoutes /> and \`<Chart>\` in code.\n`);
  const found = lines();
  expect(found).toHaveLength(2);
  expect(found[0]).toMatch(/index\.es\.mdx: line \d+: import and export cannot be used in a posting/);
  expect(found[1]).toMatch(/index\.es\.mdx: line \d+: <BusRoutes> cannot be used in a posting: postings are Markdown with <Link to="…">; components such as <BusRoutes> are for the pages in content\/pages$/);
});

test('pages keep their components', () => {
  edit('pages/company-bus/index.es.mdx', (text) => `${text}\n<BusRoutes />\n`);
  expect(lines()).toEqual([]);
});

test('a deliberate cross-language link is allowed when marked with hreflang', () => {
  edit(posting, (text) => `${text}\n<a hreflang="en" href="/en/jobs/">in English</a> [ok](/es/empleos/)\n`);
  expect(lines()).toEqual([]);
});

test('two entries that would be published at the same address', () => {
  edit('pages/about/index.es.mdx', (text) => text.replace(/^slug: .*$/m, 'slug: fixture-igualdad'));
  expect(lines()).toEqual([expect.stringMatching(/^content\/pages\/(about|equal-opportunity)\/index\.es\.mdx: slug: the address \/es\/fixture-igualdad\/ is already used by content\/pages\/(about|equal-opportunity)\/index\.es\.mdx: choose another slug$/)]);
});

test('a page whose slug takes a section\'s address', () => {
  edit('pages/about/index.fr.mdx', (text) => text.replace(/^slug: .*$/m, 'slug: offres'));
  expect(lines()).toEqual(["content/pages/about/index.fr.mdx: slug: the address /fr/offres/ is already used by the site's jobs page: choose another slug"]);
});

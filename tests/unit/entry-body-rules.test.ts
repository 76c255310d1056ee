/**
 * What an editor may write in a body, told line by line: the links and images that work,
 * the components a page has and the attributes each takes, and the notes that stay notes.
 * (tests/fixtures/hostile-content.ts holds the attacks; these are the everyday edges.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkPageBody, checkPostingBody, type BodyContext } from '../../src/content/bodyRules.ts';

let publicDir: string;
beforeAll(() => {
  publicDir = mkdtempSync(path.join(tmpdir(), 'careers-body-'));
  mkdirSync(path.join(publicDir, 'images'));
  writeFileSync(path.join(publicDir, 'images', 'team photo.png'), 'png');
  // Beside public/, so only the containment check can refuse it.
  writeFileSync(path.join(tmpdir(), 'careers-body-outside.png'), 'png');
});
afterAll(() => {
  rmSync(publicDir, { recursive: true, force: true });
  rmSync(path.join(tmpdir(), 'careers-body-outside.png'), { force: true });
});

const context = (): BodyContext => ({
  file: 'content/postings/x/index.en.mdx',
  firstLine: 10,
  linkTargets: new Set(['jobs', 'about']),
  unlinkable: new Map([
    ['later', 'that posting is scheduled for 2200-01-01 and has no page until then'],
  ]),
  publicDir,
});
const posting = (body: string) =>
  checkPostingBody(body, context()).problems.map(
    (problem) => `${problem.field}: ${problem.message}`,
  );
const page = (body: string) =>
  checkPageBody(body, context()).map((problem) => `${problem.field}: ${problem.message}`);

test('https, mailto and tel links and links to the site’s pages pass', () => {
  expect(
    posting(
      '[a](https://www.ing.jobs/) [b](mailto:jobs@example.org) [c](TEL:+34900000000) <Link to="about">us</Link>',
    ),
  ).toEqual([]);
});

test('other links are refused, each saying why, on the line of the file it is on', () => {
  expect(
    posting('Intro.\n\n[a](ftp://files.example/) [b](https://exa mple.org/)\n\n[c]()'),
  ).toEqual([
    'line 12: link ftp://files.example/ is not allowed: links start with https://, mailto: or tel:',
    'line 14: link (empty): a page of this site is linked with <Link to="page-id">text</Link>, which follows renamed pages and the reader\'s language; other links start with https://',
  ]);
  expect(posting('[a](<https://exa mple.org/>)')).toEqual([
    'line 10: link https://exa mple.org/ is not a valid address',
  ]);
});

test('a link to a scheduled posting says when it can be linked', () => {
  expect(posting('<Link to="later">soon</Link>')).toEqual([
    'line 10: <Link to="later">: that posting is scheduled for 2200-01-01 and has no page until then',
  ]);
});

test('images come from public/ only, with their names written as in a URL', () => {
  expect(
    posting('![Team](/images/team%20photo.png) ![Team](/images/team%20photo.png?v=2#top)'),
  ).toEqual([]);
  expect(
    posting('![Secret](/../careers-body-outside.png)\n\n![Logo](//cdn.example/logo.png)'),
  ).toEqual([
    'line 10: image /../careers-body-outside.png: no such file in public/',
    'line 12: image //cdn.example/logo.png: images come from the repository: put the file in public/images/ and write /images/<name>',
  ]);
  expect(posting('![  ](/images/team%20photo.png)')).toEqual([
    'line 10: image /images/team%20photo.png has no alt text: describe it between the brackets, ![like this](/images/team%20photo.png)',
  ]);
});

test('headings go down one level at a time and may come back up', () => {
  expect(posting('## Role\n\n### Tasks\n\n## Profile\n\n### Skills')).toEqual([]);
  expect(posting('### Too deep first')).toEqual([
    'line 10: heading level 3 after level 1: headings must not skip a level',
  ]);
});

test('a closing tag alone is not reported again; HTML with a lowercase tag is raw HTML', () => {
  expect(posting('<div>\n\nText\n\n</div>')).toEqual([
    'line 10: raw HTML cannot be used in a posting: write it in Markdown (found "<div>")',
  ]);
  expect(posting('<!-- a note -->')).toEqual([
    'line 10: an HTML comment: a posting has none (it would be sent to every reader); remove it',
  ]);
});

test('a page takes its components with the attributes they have, written in quotes', () => {
  expect(page('<Link to="jobs">Jobs</Link> and <BusRoutes />')).toEqual([]);
  expect(
    page(
      '<Link href="/x">x</Link>\n\n<Link to={"jobs"}>x</Link>\n\n<BusRoutes line="1" />\n\n<Link>x</Link>\n\n<Link {...props}>x</Link>',
    ),
  ).toEqual([
    'line 10: <Link>: the attribute href is not allowed (it takes to)',
    'line 10: <Link>: needs to="page-id"',
    'line 12: <Link to>: write the value in quotes, to="…"',
    'line 14: <BusRoutes>: the attribute line is not allowed (it takes none)',
    'line 16: <Link>: needs to="page-id"',
    'line 18: <Link>: a {…} attribute is not allowed (it takes to)',
    'line 18: <Link>: needs to="page-id"',
  ]);
  expect(page('<Link to="nowhere">x</Link>')).toEqual([
    'line 10: <Link to="nowhere">: no such page (use home, jobs, benefits, search, saved, alerts, accessibility, or a folder name under content/postings or content/pages)',
  ]);
  expect(page('<>fragment</>')).toEqual([
    'line 10: <> cannot be used in a page: the components are <Link>, <BusRoutes> and <span lang="…"> for a passage in another language; everything else is written in Markdown',
  ]);
});

test('a note is one comment; anything more is an expression', () => {
  expect(page('{/* a note */}\n\n{ /* another,\n  on two lines */ }')).toEqual([]);
  expect(page('{/* a */ x /* b */}')).toEqual([
    'line 10: {/* a */ x /* b */}: expressions cannot be used in a page; write the text itself (a note to other editors is {/* like this */})',
  ]);
});

test('an MDX syntax error names the line of the file, and the cause without the parser’s rule id', () => {
  const [problem, ...more] = page('Intro.\n\n<Link to="jobs">unclosed');
  expect(more).toEqual([]);
  expect(problem).toMatch(
    /^line 12: the MDX cannot be read: Expected a closing tag for `<Link>` .* before the end of `paragraph`$/,
  );
});

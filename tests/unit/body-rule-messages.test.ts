/**
 * The edges of the body rules an editor meets less often: a link written as a reference,
 * a passage in another language marked the wrong way, an image next to public/ rather than
 * in it, and what a long piece of refused text looks like quoted in the message.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { checkPageBody, checkPostingBody, type BodyContext } from '../../src/content/bodyRules.ts';

let root: string;
beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), 'careers-body-edges-'));
  mkdirSync(path.join(root, 'public', 'images'), { recursive: true });
  // A sibling whose name starts like public/: not part of it.
  mkdirSync(path.join(root, 'public-old', 'images'), { recursive: true });
  writeFileSync(path.join(root, 'public-old', 'images', 'team.png'), 'png');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const context = (): BodyContext => ({
  file: 'content/pages/x/index.en.mdx',
  firstLine: 5,
  linkTargets: new Set(['jobs']),
  publicDir: path.join(root, 'public'),
});
const posting = (body: string) =>
  checkPostingBody(body, context()).problems.map(
    (problem) => `${problem.field}: ${problem.message}`,
  );
const page = (body: string) =>
  checkPageBody(body, context()).map((problem) => `${problem.field}: ${problem.message}`);
const NOT_IN_PAGE =
  'cannot be used in a page: the components are <Link>, <BusRoutes> and <span lang="…"> for a passage in another language; everything else is written in Markdown';

test('a link written as a reference is checked like any other link', () => {
  expect(posting('[x]: http://example.org/\n\nSee [the site][x].')).toEqual([
    'line 5: link http://example.org/ uses http: use https://',
  ]);
});

test('an image in a folder beside public/ whose name starts the same is not in public/', () => {
  expect(posting('![Team](/../public-old/images/team.png)')).toEqual([
    'line 5: image /../public-old/images/team.png: no such file in public/',
  ]);
});

test('a passage in another language takes a real language tag and nothing but lang, in a posting and in a page', () => {
  expect(
    posting(
      '<span lang="en-GB">ok</span> <span lang="english">x</span> <span lang="fr" class="a">y</span>',
    ),
  ).toEqual([
    'line 5: raw HTML cannot be used in a posting: write it in Markdown (found "<span lang=\\"english\\">")',
    'line 5: raw HTML cannot be used in a posting: write it in Markdown (found "<span lang=\\"fr\\" class=\\"a\\">")',
  ]);
  expect(
    page(
      '<span lang="en-GB">ok</span> <span lang={"en"}>x</span> <span lang="english">y</span> <span>z</span> <span lang="en" onclick="x">w</span> <span title="en">v</span> <em lang="en">u</em>',
    ),
  ).toEqual([
    `line 5: <span> ${NOT_IN_PAGE}`,
    `line 5: <span> ${NOT_IN_PAGE}`,
    `line 5: <span> ${NOT_IN_PAGE}`,
    `line 5: <span> ${NOT_IN_PAGE}`,
    `line 5: <span> ${NOT_IN_PAGE}`,
    `line 5: <em> ${NOT_IN_PAGE}`,
  ]);
});

test('refused HTML is quoted by its first line, at most 120 characters; an expression by its first 40', () => {
  const long = 'x'.repeat(150);
  expect(posting(`<div class="${long}">\n<p>hi</p>\n</div>`)).toEqual([
    `line 5: raw HTML cannot be used in a posting: write it in Markdown (found ${JSON.stringify(`<div class="${long}`.slice(0, 120))})`,
  ]);
  expect(page(`{${'a'.repeat(60)}}`)).toEqual([
    `line 5: {${'a'.repeat(40)}}: expressions cannot be used in a page; write the text itself (a note to other editors is {/* like this */})`,
  ]);
});

test('an MDX error names the line it is found on and the cause alone', () => {
  expect(page('<Link to="jobs">x</Link>\n\n<BusRoutes>\n\ntext')).toEqual([
    'line 7: the MDX cannot be read: Expected a closing tag for `<BusRoutes>`',
  ]);
  expect(page('a {')).toEqual([
    'line 5: the MDX cannot be read: Unexpected end of file in expression, expected a corresponding closing brace for `{`',
  ]);
});

test('an address of the site with a colon in it is still told to use <Link>, not that its scheme is refused', () => {
  expect(posting('[a](/search?q=a:b)')).toEqual([
    'line 5: link /search?q=a:b: a page of this site is linked with <Link to="page-id">text</Link>, which follows renamed pages and the reader\'s language; other links start with https://',
  ]);
});

test('HTML around a comment, or after a closing tag, is raw HTML, quoted as written; a tag is HTML whatever its case', () => {
  const raw = (html: string) =>
    `line 5: raw HTML cannot be used in a posting: write it in Markdown (found ${JSON.stringify(html)})`;
  for (const html of [
    '<div><!-- rest',
    '<div><!-- x -->',
    '<!-- note --><Chart>',
    '<!-- a -->x',
    '</p><script>alert(1)</script>',
    '<iFrame src="https://x.example/">',
  ])
    expect(posting(html)).toEqual([raw(html)]);
});

test('an expression is refused even with a note before or after it, and is quoted trimmed', () => {
  const expression = (shown: string) =>
    `line 5: {${shown}}: expressions cannot be used in a page; write the text itself (a note to other editors is {/* like this */})`;
  expect(page('{x /* note */}')).toEqual([expression('x /* note */')]);
  expect(page('{/* note */ x}')).toEqual([expression('/* note */ x')]);
  expect(page('{  x  }')).toEqual([expression('x')]);
});

/**
 * What the content model hands the rest of the build besides its problems: where each
 * language version is published, which text stands in for a missing one, and the bodies
 * the build renders; and the few problems whose wording depends on what the data files
 * hold (an unknown field inside a group, an allow-list with nothing in it yet).
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { editableFixtureContent } from '../support/editableContent.ts';
import type { ModelOptions } from '../../src/content/model.ts';
import { formatProblem } from '../../src/content/problems.ts';

const content = editableFixtureContent('careers-model-');
const read = content.read;

const problems = (options: Partial<ModelOptions> = {}) =>
  read(options).model.problems.map(formatProblem);
const edit = (file: string, pattern: RegExp, value: string) => {
  const full = path.join(content.dir(), file);
  writeFileSync(full, readFileSync(full, 'utf8').replace(pattern, value));
};
const UNKNOWN =
  'unknown field (check the spelling; see the fields in the scaffold or the editor guide)';

test('benefit pages are published under the benefits section of each language; other pages at the top level', () => {
  const { pages } = read().model;
  const paths = (id: string) =>
    pages.find((page) => page.id === id)!.shown.map((shown) => shown.path);
  expect(paths('company-bus')).toEqual([
    '/en/benefits/fixture-bus/',
    '/es/beneficios/fixture-autobus/',
    '/fr/avantages/fixture-bus/',
  ]);
  expect(paths('about')).toEqual([
    '/en/fixture-about/',
    '/es/fixture-sobre/',
    '/fr/fixture-a-propos/',
  ]);
});

test('an entry written only in French is shown in French in every language, at its French address, under the fallback policy', () => {
  rmSync(path.join(content.dir(), 'pages/equal-opportunity/index.en.mdx'));
  rmSync(path.join(content.dir(), 'pages/equal-opportunity/index.es.mdx'));
  const { model } = read({ missingTranslation: 'fallback' });
  expect(model.problems).toEqual([]);
  const statement = model.pages.find((page) => page.id === 'equal-opportunity')!;
  expect(statement.sourceLocale).toBe('fr');
  expect(
    statement.shown.map(({ locale, version, fallback, path: address }) => [
      locale,
      version.locale,
      fallback,
      address,
    ]),
  ).toEqual([
    ['en', 'fr', true, '/en/fixture-egalite/'],
    ['es', 'fr', true, '/es/fixture-egalite/'],
    ['fr', 'fr', false, '/fr/fixture-egalite/'],
  ]);
});

test('the build renders a posting’s Markdown with each <Link> as a site link, and a page’s MDX as written, from their own files', () => {
  const { sources } = read();
  const posting = sources.get('fixture-closed-analyst/es')!;
  expect(posting).toMatchObject({
    collection: 'postings',
    absolutePath: path.join(content.dir(), 'postings/fixture-closed-analyst/index.es.mdx'),
    body: '\n## Fixture\n\nFixture body of fixture-closed-analyst. [Bus](careers-link:company-bus)\n',
  });
  expect(posting.digest).not.toBe(sources.get('fixture-closed-analyst/en')!.digest);
  expect(sources.get('about/fr')).toMatchObject({
    collection: 'pages',
    absolutePath: path.join(content.dir(), 'pages/about/index.fr.mdx'),
    body: '\n## Fixture\n\nFixture text. <Link to="jobs">Jobs</Link>\n',
  });
});

test('each language version knows its file relative to the project, for its dates in git', () => {
  const { model } = read({ root: path.dirname(content.dir()) });
  const intern = model.postings.find((posting) => posting.id === 'fixture-data-intern')!;
  expect(intern.versions.es!.filePath).toBe(
    `${path.basename(content.dir())}/postings/fixture-data-intern/index.es.mdx`,
  );
});

test('an unknown field inside a group is named with its group, and several unknown fields are one line', () => {
  edit(
    'postings/fixture-data-intern/index.es.mdx',
    /^ {2}country: ES$/m,
    '  country: ES\n  region: Madrid',
  );
  edit(
    'postings/fixture-data-intern/index.fr.mdx',
    /^workMode:/m,
    'salary: 1\nbonus: 2\nworkMode:',
  );
  expect(problems()).toEqual([
    `content/postings/fixture-data-intern/index.es.mdx: location.region: ${UNKNOWN}`,
    `content/postings/fixture-data-intern/index.fr.mdx: salary, bonus: ${UNKNOWN}`,
  ]);
});

test('an unknown field in a data file names the entry by its id, or by its position when it has none', () => {
  edit('data/bus-routes.yaml', /kind: motorway/, 'kind: motorway\n  colour: red');
  edit('data/teams.yaml', /- id: data-analytics\n {2}name:/, '- name:');
  expect(problems()).toContainEqual(`content/data/bus-routes.yaml: a6.colour: ${UNKNOWN}`);
  expect(problems().filter((line) => line.startsWith('content/data/teams.yaml'))).toEqual([
    expect.stringMatching(/^content\/data\/teams\.yaml: #2\.id: /),
  ]);
});

test('a contact email’s domain is matched whatever its letter case', () => {
  edit('data/organization.yaml', /contactEmailDomains: \[\]/, 'contactEmailDomains: [example.org]');
  for (const locale of ['en', 'es', 'fr'])
    edit(
      `postings/fixture-data-intern/index.${locale}.mdx`,
      /^ {2}name: (.*)$/m,
      '  name: $1\n  email: Jobs@Example.ORG',
    );
  expect(problems()).toEqual([]);
});

test('with no organization or team listed yet, a refused Apply link or team says that none is listed', () => {
  rmSync(path.join(content.dir(), 'data/organization.yaml'));
  rmSync(path.join(content.dir(), 'data/teams.yaml'));
  const intern = problems().filter((line) =>
    line.startsWith('content/postings/fixture-data-intern/index.en.mdx'),
  );
  expect(intern).toEqual([
    'content/postings/fixture-data-intern/index.en.mdx: applyUrl: apply.example.org is not an apply host in content/data/organization.yaml (none yet): link to the applicant tracking system, or have the host added there',
    'content/postings/fixture-data-intern/index.en.mdx: team: expected a team id from content/data/teams.yaml (none yet), got "data-analytics"',
  ]);
});

test('the visual editor’s null or "" in a field with a default, or in an optional field of an optional group, is left out as well', () => {
  for (const locale of ['en', 'es', 'fr']) {
    edit(
      `postings/fixture-data-intern/index.${locale}.mdx`,
      /^benefits: .*$/m,
      locale === 'fr' ? 'benefits: ""' : 'benefits: null',
    );
    edit(
      `postings/fixture-platform-engineer/index.${locale}.mdx`,
      /^ {2}basis: gross$/m,
      '  basis: ""',
    );
  }
  const { model } = read();
  expect(model.problems).toEqual([]);
  const posting = (id: string) => model.postings.find((entry) => entry.id === id)!.versions;
  expect([
    posting('fixture-data-intern').en!.data.benefits,
    posting('fixture-data-intern').fr!.data.benefits,
  ]).toEqual([[], []]);
  expect(posting('fixture-platform-engineer').es!.data.payRange).toEqual({
    min: 45000,
    max: 60000,
    currency: 'EUR',
    period: 'YEAR',
  });
});

test('a group saved as null or as a list, or frontmatter that is a list, is reported as the wrong kind of value', () => {
  edit(
    'postings/fixture-data-intern/index.es.mdx',
    /^location:\n {2}city: .*\n {2}country: ES\n/m,
    'location: null\n',
  );
  edit(
    'postings/fixture-data-intern/index.fr.mdx',
    /^contact:\n {2}name: .*\n/m,
    'contact: [a, b]\n',
  );
  edit('pages/about/index.es.mdx', /^---\n[\s\S]*?\n---/, '---\n- a\n- b\n---');
  expect(problems()).toEqual([
    'content/pages/about/index.es.mdx: frontmatter: Invalid input: expected object, received array',
    'content/postings/fixture-data-intern/index.es.mdx: location: Invalid input: expected object, received null',
    'content/postings/fixture-data-intern/index.fr.mdx: contact: Invalid input: expected object, received array',
  ]);
});

test('a team left out, or written as a number, is refused with what the file says', () => {
  edit('postings/fixture-data-intern/index.es.mdx', /^team: .*\n/m, '');
  edit('postings/fixture-data-intern/index.fr.mdx', /^team: .*$/m, 'team: 42');
  const teams = 'expected a team id from content/data/teams.yaml (data-analytics, it-engineering)';
  expect(problems()).toEqual([
    `content/postings/fixture-data-intern/index.es.mdx: team: ${teams}, got null`,
    `content/postings/fixture-data-intern/index.fr.mdx: team: ${teams}, got 42`,
  ]);
});

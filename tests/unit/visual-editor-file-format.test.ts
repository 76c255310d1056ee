/**
 * What the visual editor writes (its file format, src/build/editor/browser/entryFormat.ts):
 * a save changes the lines of the fields that changed and nothing else.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { decapConfig } from '../../src/build/editor/decapConfig.ts';
import { entryFormat, SOURCE } from '../../src/build/editor/browser/entryFormat.ts';
import { keyOrder } from '../../src/build/editor/browser/formFields.ts';
import { FIXTURE_CONTENT_DIR } from '../support/servers.ts';
import { changedLines } from '../support/changedLines.ts';

const config = decapConfig({
  backend: { name: 'proxy', proxy_url: 'http://localhost:8081/api/v1', branch: 'main' },
  siteUrl: 'http://localhost:4321',
  choices: { teams: ['it-engineering'], benefits: ['company-bus', 'offices'] },
});
const format = entryFormat(keyOrder(config.collections));
const postingOrder = config.collections
  .find((collection) => collection.name === 'postings')!
  .fields.map((field) => field.name);

/** Decap's save: the values as the form holds them, the top-level order of its fields. */
const save = (values: Record<string, unknown>) => format.toFile(values, postingOrder);

const entryFiles = (dir: string) =>
  ['postings', 'pages'].flatMap((collection) =>
    readdirSync(path.join(dir, collection)).flatMap((id) =>
      readdirSync(path.join(dir, collection, id))
        .filter((name) => name.endsWith('.mdx'))
        .map((name) => path.join(dir, collection, id, name)),
    ),
  );
const files = [...entryFiles('content'), ...entryFiles(FIXTURE_CONTENT_DIR)];

const posting = `---
title: Backend Engineer Intern
slug: backend-engineer-intern
summary: Join a squad in our IT Engineering community in Madrid, contribute to our code base and learn how we build applications that reach millions of customers.
location:
  city: Madrid
  country: ES
# The published posting gives no dates: these are this site's publication and closing dates.
datePosted: 2026-11-22
validThrough: 2027-01-31
contact:
  name: ING Recruitment team
  # Only while the team has no shared address.
  email: jobs@ing.example
benefits: [paid-internships, flexibility]
sourceLocale: en
---

## Your role

We are looking for you.
`;

test('every content and fixture file saved unchanged is written back byte for byte', () => {
  expect(files.length).toBeGreaterThan(40);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    expect(save(format.fromFile(text)), file).toBe(text);
  }
});

test('a changed title in any content or fixture file changes that one line', () => {
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const values = format.fromFile(text);
    const title = `${String(values.title)} (changed)`;
    const lines = changedLines(text, save({ ...values, title }));
    expect(lines, file).toHaveLength(1);
    expect(lines[0]![1], file).toMatch(/^title: .*\(changed\)'?$/);
  }
});

test('a long text stays on one line, however long, with the notes around it kept', () => {
  const values = format.fromFile(posting);
  const summary = `${String(values.summary)} Madrid is a city with many things to see and do.`;
  expect(changedLines(posting, save({ ...values, summary }))).toEqual([
    [`summary: ${String(values.summary)}`, `summary: ${summary}`],
  ]);
});

test('a list written [a, b] stays on one line', () => {
  const values = format.fromFile(posting);
  const benefits = ['paid-internships', 'flexibility', 'offices'];
  expect(changedLines(posting, save({ ...values, benefits }))).toEqual([
    [
      'benefits: [paid-internships, flexibility]',
      'benefits: [paid-internships, flexibility, offices]',
    ],
  ]);
});

test('a quoted text stays quoted the same way', () => {
  const text = posting.replace(/^title: .*$/m, 'title: \'Fixture <b>Bold</b> & "Quoted"\'');
  const values = format.fromFile(text);
  expect(
    changedLines(text, save({ ...values, title: 'Fixture <b>Bold</b> & "Quoted" 2' })),
  ).toEqual([
    ['title: \'Fixture <b>Bold</b> & "Quoted"\'', 'title: \'Fixture <b>Bold</b> & "Quoted" 2\''],
  ]);
});

test('a field inside an object changes on its own line; its neighbours stay as written', () => {
  const values = format.fromFile(posting);
  const location = { country: 'ES', city: 'Barcelona' };
  expect(changedLines(posting, save({ ...values, location }))).toEqual([
    ['  city: Madrid', '  city: Barcelona'],
  ]);
});

test('an optional field emptied in the form is left out, with the note written above it', () => {
  const values = format.fromFile(posting);
  for (const email of ['', null]) {
    const saved = save({ ...values, contact: { name: 'ING Recruitment team', email } });
    expect(saved).not.toMatch(/email|Only while/);
    expect(saved).toBe(
      posting.replace(
        '  # Only while the team has no shared address.\n  email: jobs@ing.example\n',
        '',
      ),
    );
  }
});

test('a field filled in for the first time goes where the form lists it', () => {
  const text = posting.replace(
    '  # Only while the team has no shared address.\n  email: jobs@ing.example\n',
    '',
  );
  const values = format.fromFile(text);
  const payRange = { currency: 'EUR', period: 'YEAR', min: 45000, max: 60000, basis: '' };
  const saved = save({
    ...values,
    contact: { name: 'ING Recruitment team', email: 'jobs@ing.example' },
    payRange,
  });
  expect(changedLines(text, saved)).toEqual([
    [undefined, '  email: jobs@ing.example'],
    [undefined, 'payRange:'],
    [undefined, '  min: 45000'],
    [undefined, '  max: 60000'],
    [undefined, '  currency: EUR'],
    [undefined, '  period: YEAR'],
  ]);
});

test('a changed body changes the body only; the frontmatter stays as written', () => {
  const values = format.fromFile(posting);
  const body = String(values.body).replace('We are looking for you.', 'We are looking for you!');
  expect(changedLines(posting, save({ ...values, body }))).toEqual([
    ['We are looking for you.', 'We are looking for you!'],
  ]);
});

test('what a file read holds: its fields, its body as written, and its text for the save', () => {
  const values = format.fromFile(posting);
  expect(values).toMatchObject({
    title: 'Backend Engineer Intern',
    datePosted: '2026-11-22',
    location: { city: 'Madrid', country: 'ES' },
    benefits: ['paid-internships', 'flexibility'],
    body: '\n## Your role\n\nWe are looking for you.\n',
    [SOURCE]: posting,
  });
  expect(() => format.fromFile('---\ntitle: [unclosed\n---\n')).toThrow(
    /^The frontmatter is not valid YAML/,
  );
});

test('a new entry is written in the form’s order, without empty fields, as files are by hand', () => {
  const saved = save({
    slug: 'data-analyst-intern',
    title: 'Data Analyst Intern',
    summary: 'A very long summary that goes on and on, well past eighty characters, on one line.',
    location: { country: 'ES', city: 'Madrid' },
    datePosted: '2027-01-01',
    contact: { name: 'ING Recruitment team', email: '' },
    payRange: { min: null, max: null, currency: '', period: '' },
    benefits: ['company-bus', 'offices'],
    sourceLocale: 'en',
    body: '## Your role\n\nText.\n',
  });
  expect(saved).toBe(`---
title: Data Analyst Intern
slug: data-analyst-intern
summary: A very long summary that goes on and on, well past eighty characters, on one line.
location:
  city: Madrid
  country: ES
datePosted: 2027-01-01
contact:
  name: ING Recruitment team
benefits: [company-bus, offices]
sourceLocale: en
---

## Your role

Text.
`);
});

import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { ENTRY_FORMAT } from '../../src/build/editor/browser/entryFormat.ts';
import { decapConfig, type DecapField } from '../../src/build/editor/decapConfig.ts';
import { EMPLOYMENT_TYPES, pageSchema, postingSchema } from '../../src/content/schemas.ts';
import { LOCALES } from '../../src/i18n/config.ts';
import { SHARED_FIELDS } from '../../src/content/translations.ts';
import { entryFile } from '../../src/content/location.ts';

const config = decapConfig({
  backend: { name: 'github', repo: 'bank/careers', branch: 'main' },
  siteUrl: 'https://careers.example.org',
  choices: { teams: ['it-engineering'], benefits: ['company-bus', 'offices'] },
});
const collection = (name: string) =>
  config.collections.find((candidate) => candidate.name === name)!;
const byName = (fields: DecapField[], name: string) => fields.find((field) => field.name === name)!;

test('the editor has exactly the fields of each schema, in order, and the body', () => {
  expect(collection('postings').fields.map((field) => field.name)).toEqual([
    ...Object.keys(postingSchema.shape),
    'body',
  ]);
  expect(collection('pages').fields.map((field) => field.name)).toEqual([
    ...Object.keys(pageSchema.shape),
    'body',
  ]);
  expect(
    byName(collection('postings').fields, 'location').fields!.map((field) => field.name),
  ).toEqual(Object.keys(postingSchema.shape.location.shape));
});

test('required in the editor exactly when required by the schema', () => {
  for (const [name, schema] of Object.entries(postingSchema.shape)) {
    const optional = schema.safeParse(undefined).success;
    expect(byName(collection('postings').fields, name).required ?? true, name).toBe(!optional);
  }
});

test('choices come from the schema and the content: types of contract, teams, benefit pages', () => {
  const fields = collection('postings').fields;
  expect(byName(fields, 'employmentType').options).toEqual([...EMPLOYMENT_TYPES]);
  expect(byName(fields, 'team').options).toEqual(['it-engineering']);
  expect(byName(fields, 'benefits')).toMatchObject({
    widget: 'select',
    multiple: true,
    options: ['company-bus', 'offices'],
  });
  expect(byName(fields, 'applyUrl').pattern?.[0]).toBe('^https://');
});

test('dates are typed as YYYY-MM-DD, with no date picker whose format follows the browser', () => {
  for (const name of ['datePosted', 'validThrough']) {
    const date = byName(collection('postings').fields, name);
    expect(date.widget, name).toBe('string');
    const pattern = new RegExp(date.pattern![0]);
    expect(pattern.test('2027-01-31'), name).toBe(true);
    for (const typed of ['01/31/2027', '1907-01-31x', '2027-13-01', '2027-1-31'])
      expect(pattern.test(typed), `${name}: ${typed}`).toBe(false);
  }
});

test('facts shared by every language are edited once and copied; the rest is translated', () => {
  const fields = collection('postings').fields;
  for (const name of ['team', 'employmentType', 'validThrough', 'applyUrl', 'sourceLocale']) {
    expect(SHARED_FIELDS.postings).toContain(name);
    expect(byName(fields, name).i18n, name).toBe('duplicate');
  }
  for (const name of ['title', 'slug', 'summary', 'body'])
    expect(byName(fields, name).i18n, name).toBe(true);
  expect(byName(byName(fields, 'location').fields!, 'country').i18n).toBe('duplicate');
  expect(byName(byName(fields, 'location').fields!, 'city').i18n).toBe(true);
});

test('the editor saves each language where the build reads it', () => {
  expect(config.i18n).toEqual({
    structure: 'multiple_files',
    locales: [...LOCALES],
    default_locale: 'en',
  });
  const postings = collection('postings');
  // Decap's "multiple_files" rule: <folder>/<path>.<extension> becomes <folder>/<path>.<locale>.<extension>.
  const decapFile = (id: string, locale: string) =>
    `${postings.folder}/${postings.path.replace('{{slug}}', id)}.${postings.extension}`.replace(
      /mdx$/,
      `${locale}.mdx`,
    );
  for (const locale of LOCALES)
    expect(decapFile('backend-engineer-intern', locale)).toBe(
      entryFile('postings', 'backend-engineer-intern', locale),
    );
});

test('changes to GitHub become pull requests that CI checks', () => {
  expect(config.publish_mode).toBe('editorial_workflow');
});

test('entries are read and written with the site’s file format, which the editor’s page registers', () => {
  for (const collection of config.collections) expect(collection.format).toBe(ENTRY_FORMAT);
  expect(readFileSync('src/build/editor/browser/main.ts', 'utf8')).toContain(
    'cms.registerCustomFormat(ENTRY_FORMAT,',
  );
});

/**
 * A posting's references to the organization's lists (apply hosts, contact domains,
 * benefit pages): the message lists what is allowed, sorted, and a value wrong in every
 * language is reported once per file, not also as translations that disagree.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/config.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { editableFixtureContent } from '../support/editableContent.ts';

const content = editableFixtureContent('careers-references-');
const intern = () => path.join(content.dir(), 'postings', 'fixture-data-intern');
const editEveryVersion = (change: (text: string, file: string) => string) => {
  for (const name of readdirSync(intern())) {
    const file = path.join(intern(), name);
    writeFileSync(file, change(readFileSync(file, 'utf8'), name));
  }
};
const editOrganization = (change: (text: string) => string) => {
  const file = path.join(content.dir(), 'data', 'organization.yaml');
  writeFileSync(file, change(readFileSync(file, 'utf8')));
};
const problemsFor = (field: string) =>
  content
    .read()
    .model.problems.filter((problem) => problem.field === field)
    .map(formatProblem);

test('an apply link to another host in each language: one line per file, listing the hosts allowed, sorted', () => {
  editOrganization((text) =>
    text.replace(
      'applyHosts: [apply.example.org]',
      'applyHosts: [zeta.example.org, apply.example.org, alpha.example.org]',
    ),
  );
  // A different wrong address in each file: the translations disagree, but the lines that
  // matter are the hosts, not a request to copy one wrong value over the others.
  editEveryVersion((text, name) =>
    text.replace(/^applyUrl: .*$/m, `applyUrl: https://lookalike.example.net/${name}`),
  );
  const lines = problemsFor('applyUrl');
  expect(lines).toHaveLength(LOCALES.length);
  for (const line of lines)
    expect(line).toContain(
      'lookalike.example.net is not an apply host in content/data/organization.yaml (alpha.example.org, apply.example.org, zeta.example.org)',
    );
});

test('a contact email where no domain is allowed yet says so, once per file', () => {
  editEveryVersion((text, name) =>
    text.replace(
      '  name: Fixture recruiters',
      `  name: Fixture recruiters\n  email: jobs-${name}@mail.example.net`,
    ),
  );
  const lines = problemsFor('contact.email');
  expect(lines).toHaveLength(LOCALES.length);
  for (const line of lines)
    expect(line).toContain(
      'mail.example.net is not a contact domain in content/data/organization.yaml (none yet)',
    );
});

test('a benefit that is not a benefit page lists the benefit pages there are', () => {
  editEveryVersion((text) =>
    text.replace('benefits: [company-bus]', 'benefits: [company-bus, gym]'),
  );
  const lines = problemsFor('benefits');
  expect(lines.length).toBeGreaterThan(0);
  for (const line of lines)
    expect(line).toContain(
      '"gym" is not a benefit page in content/pages/ (the benefit pages are company-bus)',
    );
});

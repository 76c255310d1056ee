/**
 * Every value the schemas refuse is named in words an editor can act on: what was
 * expected, with an example, and what the file says. (posting-schema.test.ts has the
 * posting's main fields; these are the rest, down to the organization's allow-lists.)
 */
import { expect, test } from 'vitest';
import { organizationSchema, pageSchema, postingSchema } from '../../src/content/schemas.ts';

const posting = {
  title: 'Backend Engineer Intern',
  slug: 'backend-engineer-intern',
  summary: 'Join a squad and learn.',
  team: 'it-engineering',
  location: { city: 'Madrid', country: 'ES' },
  employmentType: 'INTERN',
  workMode: 'hybrid',
  datePosted: '2026-11-22',
  validThrough: '2027-01-31',
  applyUrl: 'https://apply.example.org/123',
  contact: { name: 'Recruitment team' },
  sourceLocale: 'en',
};
const page = {
  title: 'About us',
  slug: 'about',
  description: 'Who we are.',
  kind: 'page',
  sourceLocale: 'en',
};
const organization = { id: 'ing', name: 'ING' };

/** Each problem as "field: message". */
const problems = (
  schema: typeof postingSchema | typeof pageSchema | typeof organizationSchema,
  data: unknown,
) => {
  const result = schema.safeParse(data);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

test('a country, contact email or language of the original that is not one the site knows names the expected form', () => {
  expect(
    problems(postingSchema, {
      ...posting,
      location: { city: 'Madrid', country: 'Spain' },
      contact: { name: 'Recruitment team', email: 'jobs at example.org' },
      sourceLocale: 'de',
    }),
  ).toEqual([
    'location.country: expected a two-letter country code like ES, got "Spain"',
    'contact.email: expected an email address, got "jobs at example.org"',
    'sourceLocale: expected one of en, es, fr, got "de"',
  ]);
});

test('a missing date or language of the original says it is required', () => {
  const { datePosted: _date, sourceLocale: _locale, ...rest } = posting;
  expect(problems(postingSchema, rest)).toEqual([
    'datePosted: required: a date like 2026-12-31',
    'sourceLocale: expected one of en, es, fr, got undefined',
  ]);
});

test('a review mark not written by npm run i18n:status is refused, in postings and pages', () => {
  expect(problems(postingSchema, { ...posting, reviewedAgainst: 'yes' })).toEqual([
    'reviewedAgainst: expected the fingerprint npm run i18n:status -- --reviewed writes, got "yes"',
  ]);
  expect(problems(pageSchema, { ...page, reviewedAgainst: 'AbCdEf012345' })).toEqual([]);
});

test('the organization’s allow-lists take bare host names and domains, and its accessibility contact a real address and a number of days', () => {
  expect(
    problems(organizationSchema, {
      ...organization,
      applyHosts: ['https://apply.example.org/'],
      contactEmailDomains: ['@example.org'],
      accessibility: { email: 'accessibility', responseDays: 'ten' },
    }),
  ).toEqual([
    'applyHosts.0: expected a host name like www.ing.jobs, got "https://apply.example.org/"',
    'contactEmailDomains.0: expected a domain like ing.com, got "@example.org"',
    'accessibility.email: expected an email address, got "accessibility"',
    'accessibility.responseDays: expected a number of working days like 10, got "ten"',
  ]);
  expect(
    organizationSchema.parse({
      ...organization,
      applyHosts: ['apply.example.org'],
      contactEmailDomains: ['example.org'],
    }),
  ).toMatchObject({
    applyHosts: ['apply.example.org'],
    contactEmailDomains: ['example.org'],
    sameAs: [],
    accessibility: {},
  });
});

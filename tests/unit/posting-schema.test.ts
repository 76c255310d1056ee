import { describe, expect, test } from 'vitest';
import { postingSchema, pageSchema } from '../../src/content/schemas.ts';

const valid = {
  title: 'Backend Engineer Intern',
  slug: 'backend-engineer-intern',
  summary: 'Join a squad and learn.',
  team: 'it-engineering',
  location: { city: 'Madrid', country: 'ES' },
  employmentType: 'INTERN',
  workMode: 'hybrid',
  datePosted: new Date('2026-11-22T00:00:00Z'),
  validThrough: '2027-01-31',
  applyUrl: 'https://apply.example.org/123',
  contact: { name: 'Recruitment team' },
  sourceLocale: 'en',
};

/** The editor-facing message for the first problem, as "field: message". */
function problem(data: unknown): string {
  const result = postingSchema.safeParse(data);
  if (result.success) return 'valid';
  const issue = result.error.issues[0]!;
  return `${issue.path.join('.') || '(root)'}: ${issue.message}`;
}

describe('the posting schema', () => {
  test('accepts a complete posting and reads dates as calendar days', () => {
    const posting = postingSchema.parse(valid);
    expect(posting.validThrough.toISOString()).toBe('2027-01-31T00:00:00.000Z');
    expect(posting.datePosted.toISOString()).toBe('2026-11-22T00:00:00.000Z');
    expect(posting.benefits).toEqual([]);
  });

  test('rejects a malformed date with an example of the right form', () => {
    expect(problem({ ...valid, validThrough: 'next month' })).toBe(
      'validThrough: expected a date like 2026-12-31, got "next month"',
    );
    expect(problem({ ...valid, datePosted: '2026-13-01' })).toMatch(
      /^datePosted: expected a date like 2026-12-31/,
    );
  });

  test('rejects an unknown employment type, naming the allowed ones', () => {
    expect(problem({ ...valid, employmentType: 'INTERNSHIP' })).toMatch(
      /^employmentType: expected one of FULL_TIME, .*INTERN.*, got "INTERNSHIP"$/,
    );
  });

  test.each([
    ['javascript:alert(1)'],
    ['http://apply.example.org/1'],
    ['data:text/html,<script>alert(1)</script>'],
    ['//apply.example.org/1'],
    ['apply here'],
  ])('rejects the apply URL %s', (applyUrl) => {
    expect(problem({ ...valid, applyUrl })).toMatch(
      /^applyUrl: expected a link starting with https:\/\//,
    );
  });

  test('rejects an unknown field, so a typo cannot pass silently', () => {
    expect(problem({ ...valid, validTrough: '2027-01-31' })).toMatch(/validTrough/);
  });

  test('rejects a missing required field by name', () => {
    const { title: _title, ...withoutTitle } = valid;
    expect(problem(withoutTitle)).toBe('title: title is required');
  });

  test('rejects a closing date before the posting date', () => {
    expect(problem({ ...valid, validThrough: '2026-01-01' })).toBe(
      'validThrough: validThrough must not be before datePosted',
    );
  });

  test('rejects a slug that is not URL-safe', () => {
    expect(problem({ ...valid, slug: 'Prácticas Backend' })).toMatch(
      /^slug: expected lowercase words joined by hyphens/,
    );
  });

  test('rejects a pay range whose maximum is below its minimum', () => {
    expect(
      problem({ ...valid, payRange: { min: 2000, max: 1000, currency: 'EUR', unit: 'MONTH' } }),
    ).toMatch(/payRange/);
  });
});

describe('the page schema', () => {
  test('rejects an unknown kind of page', () => {
    const result = pageSchema.safeParse({
      title: 'x',
      slug: 'x',
      description: 'x',
      kind: 'perk',
      sourceLocale: 'en',
    });
    expect(result.success).toBe(false);
  });
});

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

  test('rejects a closing date before the posting date; the same day is a one-day posting', () => {
    expect(problem({ ...valid, validThrough: '2026-01-01' })).toBe(
      'validThrough: validThrough must not be before datePosted',
    );
    expect(problem({ ...valid, validThrough: valid.datePosted })).toBe('valid');
  });

  test('a date left out or mistyped is the one problem: the dates are not compared without both', () => {
    const fields = (posting: object) => {
      const result = postingSchema.safeParse(posting);
      return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
    };
    expect(fields({ ...valid, validThrough: 'soon' })).toEqual(['validThrough']);
    expect(fields({ ...valid, datePosted: undefined })).toEqual(['datePosted']);
  });

  test('rejects a slug that is not URL-safe', () => {
    expect(problem({ ...valid, slug: 'Prácticas Backend' })).toMatch(
      /^slug: expected lowercase words joined by hyphens/,
    );
  });
});

describe('the pay range', () => {
  const pay = { min: 18000, max: 22000, currency: 'EUR', period: 'YEAR' };

  test('is optional, and read as the posting gives it', () => {
    expect(postingSchema.parse(valid).payRange).toBeUndefined();
    expect(
      postingSchema.parse({ ...valid, payRange: { ...pay, basis: 'gross' } }).payRange,
    ).toEqual({ ...pay, basis: 'gross' });
    // One amount is a range whose ends are equal.
    expect(problem({ ...valid, payRange: { ...pay, max: 18000 } })).toBe('valid');
  });

  test('rejects a maximum below the minimum, on the max field with both amounts', () => {
    expect(problem({ ...valid, payRange: { ...pay, min: 22000, max: 18000 } })).toBe(
      'payRange.max: must not be below payRange.min (22000), got 18000',
    );
  });

  test('an amount left out or mistyped is the one problem: the range is not compared without both', () => {
    const problems = (payRange: object) => {
      const result = postingSchema.safeParse({ ...valid, payRange });
      return result.success
        ? []
        : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    };
    expect(problems({ ...pay, min: undefined })).toEqual(['payRange.min: min is required']);
    expect(problems({ ...pay, max: undefined })).toEqual(['payRange.max: max is required']);
    expect(problems({ ...pay, min: '18.000 €' })).toEqual([
      'payRange.min: expected a number like 22000 (no currency sign, no thousands separator), got "18.000 €"',
    ]);
  });

  test('rejects a currency that is not an ISO 4217 code', () => {
    expect(problem({ ...valid, payRange: { ...pay, currency: '€' } })).toBe(
      'payRange.currency: expected a three-letter currency code like EUR, got "€"',
    );
    expect(problem({ ...valid, payRange: { ...pay, currency: 'EUD' } })).toBe(
      'payRange.currency: expected an ISO 4217 currency code like EUR, got "EUD"',
    );
  });

  test('rejects an amount written as text, a period or basis not on the list, and a missing field', () => {
    expect(problem({ ...valid, payRange: { ...pay, min: '18.000 €' } })).toBe(
      'payRange.min: expected a number like 22000 (no currency sign, no thousands separator), got "18.000 €"',
    );
    expect(problem({ ...valid, payRange: { ...pay, period: 'ANNUAL' } })).toBe(
      'payRange.period: expected one of YEAR, MONTH, HOUR, got "ANNUAL"',
    );
    expect(problem({ ...valid, payRange: { ...pay, basis: 'brut' } })).toBe(
      'payRange.basis: expected one of gross, net, got "brut"',
    );
    const { max: _max, ...withoutMax } = pay;
    expect(problem({ ...valid, payRange: withoutMax })).toBe('payRange.max: max is required');
    expect(problem({ ...valid, payRange: { ...pay, min: 0 } })).toBe(
      'payRange.min: min must be more than 0',
    );
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

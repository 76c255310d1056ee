import { expect, test } from 'vitest';
import { listInterests, matchesInterest } from '../../src/lib/interests.ts';
import { EMPLOYMENT_TYPES } from '../../src/content/schemas.ts';
import { contentSecurityPolicy } from '../../src/build/hosting/policy.ts';
import { hashesInPolicy } from '../../src/build/hosting/cspHashes.ts';

test('there is an interest for every team and every type of contract, with URL-safe ids', () => {
  const interests = listInterests(['it-engineering', 'data-analytics']);
  expect(interests.map((interest) => interest.id)).toEqual([
    'team-it-engineering',
    'team-data-analytics',
    'type-full-time',
    'type-part-time',
    'type-contractor',
    'type-temporary',
    'type-intern',
    'type-volunteer',
    'type-per-diem',
    'type-other',
  ]);
  expect(interests).toHaveLength(2 + EMPLOYMENT_TYPES.length);
});

test('a posting matches the interest of its team and of its type of contract, and no other', () => {
  const posting = { team: 'it-engineering', employmentType: 'INTERN' as const };
  const matched = listInterests(['it-engineering', 'data-analytics']).filter((interest) =>
    matchesInterest(posting, interest),
  );
  expect(matched.map((interest) => interest.id)).toEqual(['team-it-engineering', 'type-intern']);
});

test('the header policy lets forms post to the subscription endpoint the page policy allows, and nowhere else', () => {
  const found = hashesInPolicy(
    "default-src 'self'; form-action 'self' https://ats.example.org; object-src 'none'",
  );
  expect(found.formAction).toEqual(['https://ats.example.org']);
  const csp = contentSecurityPolicy(found);
  expect(csp).toContain("form-action 'self' https://ats.example.org;");
  expect(contentSecurityPolicy({ script: [], style: [] })).toContain("form-action 'self';");
});

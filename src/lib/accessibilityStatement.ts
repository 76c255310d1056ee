/**
 * What the accessibility statement claims, in one place: the day the site was last
 * evaluated and the checks it says every change passes. Each claim is backed by a gate of
 * `npm test` (tests/unit/accessibility-statement.test.ts holds the evidence and fails on a
 * claim without it, and once the evaluation is more than a year old).
 */
export const LAST_EVALUATED = '2026-12-02';

export const TESTED_CLAIMS = [
  'axe',
  'pa11y',
  'reflow',
  'html',
  'keyboard',
  'noJavaScript',
  'languages',
] as const;
export type TestedClaim = (typeof TESTED_CLAIMS)[number];

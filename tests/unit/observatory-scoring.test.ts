/**
 * The Observatory scoring the host tests apply (tests/support/observatory.ts) marks down
 * what the real scanner marks down, so an A+ in those tests means something.
 */
import { expect, test } from 'vitest';
import { observatoryGrade, observatoryRules, type Answer } from '../support/observatory.ts';

const page = (headers: Record<string, string>, body = '<p>Hi</p>'): Answer => ({
  url: new URL('https://careers.example.test/en/'),
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8', ...headers },
  body,
});

const strict = {
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'sha256-a='; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=63072000',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-content-type-options': 'nosniff',
  'cross-origin-resource-policy': 'same-origin',
};
const resultOf = (rule: string, answer: Answer) =>
  observatoryRules({ page: answer }).find((found) => found.rule === rule)?.result;

test('a strict static site scores A+ (125) without a transport check', () => {
  expect(observatoryGrade(observatoryRules({ page: page(strict) }))).toEqual({
    score: 125,
    grade: 'A+',
  });
});

test.each([
  [
    'content-security-policy',
    { ...strict, 'content-security-policy': "script-src 'self' 'unsafe-inline'" },
    'csp-implemented-with-unsafe-inline',
  ],
  [
    'content-security-policy',
    { ...strict, 'content-security-policy': "script-src 'self' 'unsafe-eval'; object-src 'none'" },
    'csp-implemented-with-unsafe-eval',
  ],
  ['content-security-policy', { ...strict, 'content-security-policy': '' }, 'csp-not-implemented'],
  [
    'x-frame-options',
    { ...strict, 'content-security-policy': "default-src 'self'" },
    'x-frame-options-not-implemented',
  ],
  ['referrer-policy', { ...strict, 'referrer-policy': 'unsafe-url' }, 'referrer-policy-unsafe'],
  [
    'strict-transport-security',
    { ...strict, 'strict-transport-security': 'max-age=86400' },
    'hsts-implemented-max-age-less-than-six-months',
  ],
  [
    'x-content-type-options',
    { ...strict, 'x-content-type-options': '' },
    'x-content-type-options-not-implemented',
  ],
  [
    'cross-origin-resource-policy',
    { ...strict, 'cross-origin-resource-policy': 'everyone' },
    'corp-header-invalid',
  ],
])('%s marks down %j as %s', (rule, headers, expected) => {
  const present = Object.fromEntries(Object.entries(headers).filter(([, value]) => value !== ''));
  expect(resultOf(rule, page(present))).toBe(expected);
});

test('a script from another origin without integrity, and a page only over http, lose their grade', () => {
  const external = page(strict, '<script src="https://cdn.example/x.js"></script>');
  expect(resultOf('subresource-integrity', external)).toBe(
    'sri-not-implemented-but-external-scripts-loaded-securely',
  );
  const http = { ...page(strict), url: new URL('http://careers.example.test/en/') };
  const results = observatoryRules({ page: http, httpRoute: [http] });
  expect(results.find(({ rule }) => rule === 'redirection')?.result).toBe('redirection-missing');
  expect(observatoryGrade(results).grade).not.toMatch(/^A/);
});

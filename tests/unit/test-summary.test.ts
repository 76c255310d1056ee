/**
 * npm test's summary names what failed: a CI log is read from its end, and a count alone
 * ("492 passed, 2 failed") leaves nothing to look at.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { playwrightCounts, vitestCounts, type PlaywrightReport } from '../support/runnerReports.ts';

// Inside the repository, so that the spec resolves @playwright/test from node_modules.
const dir = join('.cache', `runner-report-${process.pid}`);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A real Playwright run, with a retry as on CI, of a spec with one test of each outcome. */
function playwrightReport(): PlaywrightReport {
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    join(dir, 'outcomes.spec.ts'),
    `import { expect, test } from '@playwright/test';
test('passes', () => expect(1).toBe(1));
test.describe('the saved jobs', () => {
  test('passes on its retry', ({}, info) => expect(info.retry, 'first try').toBe(1));
  test('always fails', () => expect('Entrar').toBe('Sign in'));
});
test.describe('in order', () => {
  test.describe.configure({ mode: 'serial' });
  test('fails first', () => { throw new Error('the server did not start'); });
  test('never runs', () => {});
});
`,
  );
  writeFileSync(
    join(dir, 'playwright.config.ts'),
    `export default {
  testDir: '.',
  retries: 1,
  workers: 1,
  reporter: [['json', { outputFile: 'report.json' }]],
  projects: [{ name: 'e2e' }, { name: 'fixtures', grep: /always fails/ }],
  outputDir: 'results',
};
`,
  );
  const run = spawnSync(
    'npx',
    ['playwright', 'test', '--config', join(dir, 'playwright.config.ts')],
    {
      encoding: 'utf8',
      env: { ...process.env, FORCE_COLOR: '1' },
    },
  );
  expect(run.status, run.stderr).toBe(1);
  return JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as PlaywrightReport;
}

test('each Playwright test that failed, or passed only on its retry, is named with its first error line', () => {
  const counts = playwrightCounts(playwrightReport());
  expect(counts.passed).toBe(2);
  // The test that always fails runs in two projects, named apart.
  // The serial group's second test never ran because the first failed: it counts as failed.
  expect(counts.failed).toBe(4);
  expect(counts.failures).toEqual([
    expect.stringMatching(
      /^⚠ passed on its retry: outcomes\.spec\.ts › the saved jobs › passes on its retry \[e2e\]: Error: first try/,
    ),
    expect.stringMatching(
      /^✗ outcomes\.spec\.ts › the saved jobs › always fails \[e2e\]: Error: expect\(received\)\.toBe\(expected\)/,
    ),
    expect.stringMatching(/^✗ outcomes\.spec\.ts › the saved jobs › always fails \[fixtures\]: /),
    '✗ outcomes.spec.ts › in order › fails first [e2e]: Error: the server did not start',
    '✗ outcomes.spec.ts › in order › never runs [e2e]: skipped',
  ]);
  // Colour codes from the terminal do not reach the summary.
  expect(counts.failures!.join('\n')).not.toContain('\u001b[');
}, 60_000);

test('each Vitest test that failed is named with its describe blocks', () => {
  const counts = vitestCounts({
    numPassedTests: 1,
    numFailedTests: 1,
    testResults: [
      {
        assertionResults: [
          { fullName: 'routes every page has a path', status: 'passed' },
          { fullName: 'routes a French slug keeps its accents out', status: 'failed' },
        ],
      },
    ],
  });
  expect(counts).toEqual({
    passed: 1,
    failed: 1,
    failures: ['✗ routes a French slug keeps its accents out'],
  });
});

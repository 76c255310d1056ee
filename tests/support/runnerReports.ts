/**
 * What npm test's summary says of a test runner's JSON report: how many passed, how many
 * failed, and which, by name, so the last lines of a long CI log say what to look at.
 */
import { stripVTControlCharacters } from 'node:util';

export interface Counts {
  passed: number;
  failed: number;
  /** One line per test that failed or passed only on its retry. */
  failures?: string[];
}

/** The parts of Vitest's JSON reporter output (Jest's format) that the summary reads. */
export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

export const vitestCounts = (report: VitestReport): Counts => ({
  passed: report.numPassedTests,
  failed: report.numFailedTests,
  failures: report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => `✗ ${test.fullName}`),
  ),
});

interface PlaywrightSuite {
  title: string;
  specs?: {
    title: string;
    tests: {
      projectName: string;
      /** expected, unexpected, flaky (passed on a retry) or skipped. */
      status: string;
      results: { error?: { message?: string } }[];
    }[];
  }[];
  suites?: PlaywrightSuite[];
}

/** The parts of Playwright's JSON reporter output that the summary reads. */
export interface PlaywrightReport {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number };
  suites: PlaywrightSuite[];
}

const firstLine = (text: string): string =>
  stripVTControlCharacters(text).trim().split('\n')[0]!.trim();

const playwrightOutcomes = (suites: PlaywrightSuite[], path: string[]): string[] =>
  suites.flatMap((suite) => {
    const here = [...path, suite.title].filter(Boolean);
    const own = (suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((test) => test.status !== 'expected')
        .map((test) => {
          const error = test.results.find((result) => result.error)?.error?.message;
          const mark = test.status === 'flaky' ? '⚠ passed on its retry:' : '✗';
          const project = test.projectName ? ` [${test.projectName}]` : '';
          const name = `${[...here, spec.title].join(' › ')}${project}`;
          return `${mark} ${name}: ${firstLine(error ?? test.status)}`;
        }),
    );
    return [...own, ...playwrightOutcomes(suite.suites ?? [], here)];
  });

/**
 * A test skipped counts as failed: nothing here is skipped on purpose, so a skip means a
 * serial group stopped at an earlier failure. A pass on the retry counts as passed, and is
 * named with the error of its first try.
 */
export const playwrightCounts = (report: PlaywrightReport): Counts => ({
  passed: report.stats.expected + report.stats.flaky,
  failed: report.stats.unexpected + report.stats.skipped,
  failures: playwrightOutcomes(report.suites, []),
});

// @ts-check
/**
 * Mutation testing of the site's pure core (`npm run test:mutation`): StrykerJS changes the
 * code one small way at a time (a `<` for a `<=`, a branch removed) and runs the unit tests
 * that cover it; a change no test notices is a surviving mutant, a behaviour nothing checks.
 * Kept out of `npm test`: a full run takes over an hour on 2 cores. Reports, the
 * incremental file and the sandboxes go to reports/ (generated, ignored by git).
 */

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  mutate: [
    // The content model, its checks and its lifecycle (postingStatus: scheduled, open, closed).
    'src/content/model.ts',
    'src/content/bodyRules.ts',
    'src/content/media.ts',
    'src/content/translations.ts',
    'src/content/problems.ts',
    'src/content/location.ts',
    'src/content/markdownBody.ts',
    'src/content/translationStatus.ts',
    'src/content/schemas.ts',
    // Addresses, head metadata, structured data, feeds.
    'src/i18n/routes.ts',
    'src/lib/seo.ts',
    'src/lib/jsonLd.ts',
    'src/lib/feeds.ts',
    // The job filters kept in the URL.
    'src/shared/jobFilterState.ts',
    // What every host serves: headers, CSP, redirects, 404s.
    'src/build/hosting/policy.ts',
    'src/build/hosting/hostConfigs.ts',
  ],
  testRunner: 'vitest',
  vitest: { configFile: 'tests/vitest.config.ts' },
  // A mutant that does not compile is not a test's catch: it is discarded, not killed.
  checkers: ['typescript'],
  // The site's code only (tests and scripts left out): the checker is the slow half of a run.
  tsconfigFile: 'tsconfig.mutation.json',
  // Each mutant runs only the tests that reach its code.
  coverageAnalysis: 'perTest',
  // Mutants in module-level constants would need every test file run again for each.
  ignoreStatic: true,
  concurrency: 2,
  timeoutMS: 20000,
  // Only what changed since the last run is tested again (reports/ is not committed: a
  // fresh clone runs everything).
  incremental: true,
  incrementalFile: 'reports/mutation/incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  ignorePatterns: ['reports', 'dist', 'dist-*', '.cache', 'test-results', 'playwright-report'],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  clearTextReporter: { allowEmojis: false, reportMutants: false },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  cleanTempDir: true,
};

/**
 * `npm test`: every gate in order, one summary line at the end.
 * type check → format → lint → unit → build (real site for development and for production, fixture site, fixture site with nothing open, real site with 1,000 generated postings) → end-to-end, hosting and axe → HTML validity (html-validate, then the W3C Nu checker on every build; of the one with 1,000 postings, its home and list pages) → links → page budgets (real site, its production build, 1,000 postings) → pa11y.
 * A step that cannot run because an earlier one failed counts as failed, never skipped.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import {
  CLOSED_OUT_DIR,
  CLOSED_TODAY,
  FIXTURE_ALERTS_ENDPOINT,
  FIXTURE_CONTENT_DIR,
  FIXTURE_OUT_DIR,
  FIXTURE_SITE_LOCALES,
  FIXTURE_TODAY,
  MANY_OUT_DIR,
  PRODUCTION_EDITOR,
  PRODUCTION_OUT_DIR,
  PRODUCTION_SITE_URL,
} from './support/servers.ts';
import {
  playwrightCounts,
  vitestCounts,
  type Counts,
  type PlaywrightReport,
  type VitestReport,
} from './support/runnerReports.ts';

interface Step {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Test counts from the runner's report; without one, the step counts as one check. */
  report?: () => Counts | undefined;
  needs?: string[];
}

const json = (file: string): unknown =>
  existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
/** For the project's own checks, which write `{ passed, failed }` to reports/<name>.json. */
const countsIn = (name: string) => () => json(`reports/${name}.json`) as Counts | undefined;

const CYCLE_CHECK = [
  '--no-tree',
  '--no-warning',
  '--circular',
  '--exit-code',
  'circular:1',
  '--progress',
  'false',
  '-T',
  'src/**/*.ts',
  'scripts/**/*.ts',
  'tests/**/*.ts',
];

const EVERY_BUILD = [
  'build',
  'build fixtures',
  'build for production',
  'build with every posting closed',
  'build with 1000 postings',
];

const steps: Step[] = [
  { name: 'browser and system tools', command: ['node', 'scripts/ensure-browser.ts'] },
  { name: 'type check', command: ['astro', 'check'] },
  { name: 'format', command: ['prettier', '--check', '.'] },
  { name: 'lint', command: ['eslint', '.'] },
  // One direction between modules: a cycle is an error (dpdm reads the TypeScript imports).
  { name: 'import cycles', command: ['dpdm', ...CYCLE_CHECK] },
  {
    name: 'unit',
    command: ['vitest', 'run', '--config', 'tests/vitest.config.ts'],
    report: () => {
      const report = json('reports/unit.json') as VitestReport | undefined;
      return report && vitestCounts(report);
    },
  },
  { name: 'build', command: ['astro', 'build'] },
  {
    name: 'build fixtures',
    command: ['astro', 'build'],
    env: {
      CAREERS_CONTENT_DIR: FIXTURE_CONTENT_DIR,
      SITE_LOCALES: FIXTURE_SITE_LOCALES,
      CAREERS_OUT_DIR: FIXTURE_OUT_DIR,
      CAREERS_TODAY: FIXTURE_TODAY,
      ALERTS_SUBSCRIBE_URL: FIXTURE_ALERTS_ENDPOINT,
    },
  },
  {
    name: 'build for production',
    command: ['astro', 'build'],
    env: {
      DEPLOY_ENV: 'production',
      SITE_URL: PRODUCTION_SITE_URL,
      CAREERS_OUT_DIR: PRODUCTION_OUT_DIR,
      ...PRODUCTION_EDITOR,
    },
  },
  {
    name: 'build with every posting closed',
    command: ['astro', 'build'],
    env: {
      CAREERS_CONTENT_DIR: FIXTURE_CONTENT_DIR,
      SITE_LOCALES: FIXTURE_SITE_LOCALES,
      CAREERS_OUT_DIR: CLOSED_OUT_DIR,
      CAREERS_TODAY: CLOSED_TODAY,
    },
  },
  {
    // The site at the scale it is built for: the only build whose jobs list has pages.
    name: 'build with 1000 postings',
    command: ['node', 'tests/support/buildManyPostings.ts'],
  },
  {
    name: 'end-to-end, hosting and axe',
    command: ['playwright', 'test', '--config', 'tests/playwright.config.ts'],
    needs: ['browser and system tools', ...EVERY_BUILD],
    report: () => {
      const report = json('reports/playwright.json') as PlaywrightReport | undefined;
      return report && playwrightCounts(report);
    },
  },
  {
    name: 'html validity',
    command: ['node', 'tests/a11y/html-validity.ts'],
    needs: ['build', 'build fixtures', 'build with 1000 postings'],
    report: countsIn('html-validate'),
  },
  {
    // Every HTML file of all four builds, in one Java run of the W3C Nu HTML checker.
    name: 'Nu HTML checker',
    command: ['node', 'tests/a11y/nu-validity.ts'],
    needs: ['browser and system tools', ...EVERY_BUILD],
    report: countsIn('nu-validate'),
  },
  {
    name: 'links',
    command: ['node', 'tests/e2e/site-links.ts'],
    needs: ['build'],
    report: countsIn('links'),
  },
  {
    name: 'page budgets',
    command: ['node', 'tests/e2e/page-budgets.ts', 'dist', PRODUCTION_OUT_DIR, MANY_OUT_DIR],
    needs: ['build', 'build for production', 'build with 1000 postings'],
    report: countsIn('budgets'),
  },
  {
    name: 'pa11y',
    command: ['node', 'tests/a11y/pa11y.ts'],
    needs: ['browser and system tools', 'build', 'build fixtures'],
    report: countsIn('pa11y'),
  },
];

rmSync('reports', { recursive: true, force: true });
const total: Counts = { passed: 0, failed: 0 };
const failedSteps = new Set<string>();
const lines: string[] = [];
const started = Date.now();

for (const step of steps) {
  const blocked = step.needs?.filter((need) => failedSteps.has(need)) ?? [];
  if (blocked.length > 0) {
    failedSteps.add(step.name);
    total.failed += 1;
    lines.push(`✗ ${step.name}: not run, because ${blocked.join(', ')} failed`);
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.command.join(' ')}`);
  const stepStart = Date.now();
  const result = spawnSync(step.command[0]!, step.command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...step.env },
    shell: false,
  });
  const seconds = ((Date.now() - stepStart) / 1000).toFixed(0);
  const ok = result.status === 0;
  const counts = step.report?.() ?? { passed: ok ? 1 : 0, failed: ok ? 0 : 1 };
  // A runner that exits non-zero with nothing failing in its report (a crash) still fails.
  if (!ok && counts.failed === 0) counts.failed = 1;
  if (!ok) failedSteps.add(step.name);
  total.passed += counts.passed;
  total.failed += counts.failed;
  // How a step ended when it was not a clean exit: a code, or the signal that stopped it.
  const ending = ok ? '' : `, exit ${result.status ?? result.signal ?? result.error?.message}`;
  lines.push(
    `${ok ? '✓' : '✗'} ${step.name}: ${counts.passed} passed, ${counts.failed} failed (${seconds} s${ending})`,
    ...(counts.failures ?? []).map((failure) => `    ${failure}`),
  );
}

console.log(`\n━━ summary (${((Date.now() - started) / 60000).toFixed(1)} min)`);
for (const line of lines) console.log(line);
console.log(`${total.passed} passed, ${total.failed} failed`);
process.exit(total.failed > 0 ? 1 : 0);

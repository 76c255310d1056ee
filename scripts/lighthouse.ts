/**
 * `npm run lighthouse -- [--dir dist] [--runs 3] [--pages en,posting] [--port 4420] [--build]`:
 * Lighthouse (mobile, its default) on every type of page in every locale: home, jobs list,
 * the backend-engineer-intern posting and its job-fair flyer, benefits, each benefit page,
 * each content page (about, equal opportunity, privacy), job alerts, saved jobs, search,
 * the accessibility statement and the 404 page, plus the root language chooser; served by
 * the project's own static server, with the project's Chromium. Prints the median score per category and page as a Markdown table, then
 * every audit that fails on each page's median run, so one knows what to fix.
 *
 * Builds the site into --dir when it has none (or with --build), from a copy of the
 * working tree (see lib/projectSnapshot.ts), with the caller's environment. Lighthouse
 * judges what ships, so build as production does:
 *   DEPLOY_ENV=production SITE_URL=https://careers.example.org npm run lighthouse -- --dir /tmp/lh-dist
 * A development build is noindex on every page, which Lighthouse's SEO category counts against it.
 *
 * --pages takes locales and page names, comma-separated: `en`, `posting`, `es,jobs`,
 * `page` (every benefit and content page), `root`.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { LOCALES, isLocale, type Locale } from '../src/i18n/config.ts';
import { SEGMENTS } from '../src/i18n/routes.ts';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { median } from './lib/stats.ts';
import { snapshotProject } from './lib/projectSnapshot.ts';
import { createSiteServer, listen } from './lib/staticServer.ts';
import { entryFileName } from '../src/content/location.ts';
import { readContentModel } from '../src/content/model.ts';
import { buildDay } from '../src/settings.ts';
import { flyerHref } from '../src/lib/flyer.ts';
import { pathFor, type SectionPage } from '../src/i18n/routes.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const POSTING = 'backend-engineer-intern';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];
const SECTIONS = [
  'home',
  'jobs',
  'benefits',
  'alerts',
  'saved',
  'search',
  'accessibility',
] as const satisfies readonly SectionPage[];
const PAGE_NAMES = [...SECTIONS, 'posting', 'flyer', 'page', 'notFound', 'root'] as const;
type PageName = (typeof PAGE_NAMES)[number];
/** Lighthouse's report shows an audit as passed from this score on. */
const PASS_SCORE = 0.9;
/**
 * Audits decided by response headers (compression, caching, security headers). The
 * local static server sends none of these; the hosts do, from src/build/hosting/policy.ts.
 */
const HEADER_AUDITS = new Set([
  'uses-text-compression',
  'uses-long-cache-ttl',
  'cache-insight',
  'document-latency-insight',
  'csp-xss',
  'has-hsts',
  'origin-isolation',
  'clickjacking-mitigation',
]);

interface Options {
  dir: string;
  runs: number;
  port: number;
  build: boolean;
  locales: Locale[];
  pages: PageName[];
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      runs: { type: 'string', default: '3' },
      port: { type: 'string', default: '4420' },
      pages: { type: 'string', default: '' },
      build: { type: 'boolean', default: false },
    },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1)
    throw new Error(`--runs: expected a whole number of at least 1, got "${values.runs}"`);
  const tokens = values.pages
    .split(',')
    .map((token) => token.trim())
    .filter(Boolean);
  const unknown = tokens.filter(
    (token) => !isLocale(token) && !(PAGE_NAMES as readonly string[]).includes(token),
  );
  if (unknown.length > 0)
    throw new Error(
      `--pages: expected locales (${LOCALES.join(', ')}) or pages (${PAGE_NAMES.join(', ')}), got ${unknown.join(', ')}`,
    );
  const locales = tokens.filter(isLocale);
  const pages = tokens.filter((token): token is PageName =>
    (PAGE_NAMES as readonly string[]).includes(token),
  );
  return {
    dir: path.resolve(PROJECT_ROOT, values.dir),
    runs,
    port: Number(values.port),
    build: values.build,
    locales: locales.length > 0 ? locales : [...LOCALES],
    pages: pages.length > 0 ? pages : [...PAGE_NAMES],
  };
}

/**
 * Builds into `outDir` from a copy of the working tree, so this build shares no cache or
 * scratch file with a test run or dev server in the working tree.
 */
function buildSite(outDir: string): void {
  const temp = mkdtempSync(path.join(os.tmpdir(), 'careers-lighthouse-'));
  const project = path.join(temp, 'project');
  const logFile = path.join(temp, 'build.log');
  console.log(
    `Building the site into ${outDir} (DEPLOY_ENV=${process.env.DEPLOY_ENV || 'development'}, SITE_URL=${process.env.SITE_URL || 'unset'})…`,
  );
  snapshotProject(PROJECT_ROOT, project);
  const log = openSync(logFile, 'w');
  const result = spawnSync(
    process.execPath,
    [path.join(project, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CAREERS_OUT_DIR: outDir },
      stdio: ['ignore', log, log],
    },
  );
  closeSync(log);
  if (result.status !== 0) {
    throw new Error(
      `The build failed; last lines of ${logFile}:\n${readFileSync(logFile, 'utf8').trimEnd().split('\n').slice(-30).join('\n')}`,
    );
  }
  rmSync(temp, { recursive: true, force: true });
}

interface Target {
  /** Undefined for the root chooser, which is every language's. */
  locale: Locale | undefined;
  /** The page type, and for benefit and content pages which one: `page about`. */
  name: string;
  path: string;
}

function postingSlug(locale: Locale): string {
  const file = path.join(PROJECT_ROOT, 'content', 'postings', POSTING, entryFileName(locale));
  const slug = /^slug:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf8'))?.[1];
  if (!slug) throw new Error(`No slug in ${file}`);
  return slug;
}

/** The benefit and content pages of the real content, from its model, in a locale. */
function contentPages(locale: Locale): Target[] {
  const { model } = readContentModel({
    contentDir: path.join(PROJECT_ROOT, 'content'),
    publicDir: path.join(PROJECT_ROOT, 'public'),
    today: buildDay(),
    missingTranslation: 'error',
  });
  return model.pages.flatMap((entry) =>
    entry.shown
      .filter((shown) => shown.locale === locale)
      .map((shown) => ({ locale, name: `${entry.kind} ${entry.id}`, path: shown.path })),
  );
}

function targetsOf(locale: Locale, name: PageName): Target[] {
  const posting = `/${locale}/${SEGMENTS.jobs[locale]}/${postingSlug(locale)}/`;
  switch (name) {
    case 'posting':
      return [{ locale, name, path: posting }];
    case 'flyer':
      return [{ locale, name, path: flyerHref(posting) }];
    case 'page':
      return contentPages(locale);
    case 'notFound':
      return [{ locale, name, path: `/${locale}/404/` }];
    case 'root':
      return [];
    default:
      return [{ locale, name, path: pathFor(locale, { kind: name }) }];
  }
}

/** The pages to audit, each checked to exist in the build, so a renamed route fails here and not as a 404 score. */
function targets(options: Options): Target[] {
  const list = [
    ...options.locales.flatMap((locale) =>
      options.pages.flatMap((name) => targetsOf(locale, name)),
    ),
    ...(options.pages.includes('root')
      ? [{ locale: undefined, name: 'root chooser', path: '/index.html' }]
      : []),
  ];
  const fileOf = (target: Target) => {
    const page = target.path.split('#')[0]!;
    return page.endsWith('.html')
      ? path.join(options.dir, page)
      : path.join(options.dir, page, 'index.html');
  };
  const missing = list.filter((target) => !existsSync(fileOf(target)));
  if (missing.length > 0)
    throw new Error(`Not in ${options.dir}: ${missing.map((target) => target.path).join(', ')}`);
  return list;
}

/** What kind of build is being measured: a noindex build loses SEO points by design. */
function describeBuild(dir: string): string[] {
  const home = readFileSync(path.join(dir, 'en', 'index.html'), 'utf8');
  const canonical = /<link\b[^>]*\brel="canonical"[^>]*\bhref="([^"]+)"/.exec(home)?.[1];
  const noindex = /<meta\b[^>]*\bname="robots"[^>]*\bcontent="[^"]*noindex/.test(home);
  return [
    `Build: ${dir}${noindex ? ' — pages are noindex (a development or integration build): the SEO category counts that against every page; build with DEPLOY_ENV=production for the scores that ship.' : ' — indexable (production build).'}`,
    ...(canonical
      ? [
          `Canonical and hreflang links point to ${new URL(canonical).origin} (SITE_URL at build time); the pages are served from localhost.`,
        ]
      : []),
  ];
}

async function runLighthouse(url: string, chromePath: string): Promise<Result> {
  const chrome = await launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', ...CHROMIUM_ARGS],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...CATEGORIES],
    });
    if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
    if (result.lhr.runtimeError)
      throw new Error(
        `Lighthouse could not audit ${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`,
      );
    return result.lhr;
  } finally {
    chrome.kill();
  }
}

const scoreOf = (lhr: Result, category: Category): number =>
  Math.round((lhr.categories[category]?.score ?? Number.NaN) * 100);

/** Whether a run measured what the median needs (first contentful paint and interactive). */
const hasMetrics = (lhr: Result): boolean =>
  typeof lhr.audits['first-contentful-paint']?.numericValue === 'number' &&
  typeof lhr.audits['interactive']?.numericValue === 'number';

interface PageResult {
  target: Target;
  medians: Record<Category, number>;
  medianRun: Result;
}

async function auditPage(
  target: Target,
  origin: string,
  runs: number,
  chromePath: string,
): Promise<PageResult> {
  const url = new URL(target.path, origin).href;
  const reports: Result[] = [];
  for (let run = 1; run <= runs; run += 1) {
    const started = Date.now();
    let lhr = await runLighthouse(url, chromePath);
    // A trace in which Lighthouse found no largest paint (seen now and then on a busy machine)
    // has no metrics to take a median of: that run is made again, up to twice.
    for (let retry = 1; retry <= 2 && !hasMetrics(lhr); retry += 1) {
      console.log(`${target.path} run ${run}/${runs}: no metrics in the trace, running it again`);
      lhr = await runLighthouse(url, chromePath);
    }
    reports.push(lhr);
    const scores = CATEGORIES.map((category) => `${category} ${scoreOf(lhr, category)}`).join(', ');
    console.log(
      `${target.path} run ${run}/${runs}: ${scores} (${((Date.now() - started) / 1000).toFixed(0)} s)`,
    );
  }
  const medians = Object.fromEntries(
    CATEGORIES.map((category) => [category, median(reports.map((lhr) => scoreOf(lhr, category)))]),
  ) as Record<Category, number>;
  return { target, medians, medianRun: computeMedianRun(reports) };
}

interface Failure {
  category: string;
  id: string;
  title: string;
  /** Where it fails and how badly, e.g. "/en/ (0.5, 1.2 s)". */
  where: string[];
}

/** Audits that Lighthouse's report would not show as passed: scored below 0.9, or errored. Informative, not-applicable and hidden ones are left out. */
function failuresOf(result: PageResult, into: Map<string, Failure>): void {
  const { medianRun: lhr, target } = result;
  for (const category of CATEGORIES) {
    for (const ref of lhr.categories[category]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      // "hidden" audits (e.g. max-potential-fid) feed others and are not shown in Lighthouse's report.
      if (
        !audit ||
        ref.group === 'hidden' ||
        ['manual', 'notApplicable', 'informative'].includes(audit.scoreDisplayMode)
      )
        continue;
      const failed =
        audit.scoreDisplayMode === 'error' || (audit.score !== null && audit.score < PASS_SCORE);
      if (!failed) continue;
      const detail =
        audit.scoreDisplayMode === 'error'
          ? `error: ${audit.errorMessage ?? 'unknown'}`
          : [audit.score?.toFixed(2), audit.displayValue].filter(Boolean).join(', ');
      const failure = into.get(ref.id) ?? { category, id: ref.id, title: audit.title, where: [] };
      failure.where.push(`${target.path} (${detail})`);
      into.set(ref.id, failure);
    }
  }
}

function scoreTable(results: PageResult[]): string {
  const header = [
    '| page | path | performance | accessibility | best practices | SEO |',
    '| --- | --- | ---: | ---: | ---: | ---: |',
  ];
  const rows = results.map(
    ({ target, medians }) =>
      `| ${target.locale ?? 'all'} ${target.name} | ${target.path} | ${CATEGORIES.map((category) => medians[category]).join(' | ')} |`,
  );
  return [...header, ...rows].join('\n');
}

function failureList(results: PageResult[]): string {
  const failures = new Map<string, Failure>();
  for (const result of results) failuresOf(result, failures);
  if (failures.size === 0) return 'No audit fails on any median run.';
  return [...failures.values()]
    .map((failure) => {
      const note = HEADER_AUDITS.has(failure.id)
        ? " [decided by response headers: the local server sends none of the hosts' compression, cache or security headers]"
        : '';
      return `- ${failure.category} › ${failure.id}: ${failure.title}${note}\n${failure.where.map((where) => `    - ${where}`).join('\n')}`;
    })
    .join('\n');
}

const options = readOptions();
if (options.build || !existsSync(path.join(options.dir, 'index.html'))) buildSite(options.dir);
const pages = targets(options);
const chromePath = await findChromium();
const server = createSiteServer({ dir: options.dir });
const origin = await listen(server, options.port);
const results: PageResult[] = [];
try {
  for (const line of describeBuild(options.dir)) console.log(line);
  console.log(`Serving at ${origin}; Chromium ${chromePath}; ${options.runs} run(s) per page.\n`);
  for (const target of pages)
    results.push(await auditPage(target, origin, options.runs, chromePath));
} finally {
  server.close();
}

const sample = results[0]?.medianRun;
console.log(
  `\n## Lighthouse ${sample?.lighthouseVersion ?? ''}: median of ${options.runs} run(s) per page\n`,
);
if (sample) {
  const benchmarkIndex = median(
    results.map((result) => result.medianRun.environment.benchmarkIndex),
  );
  console.log(
    `Form factor ${sample.configSettings.formFactor}, ${sample.configSettings.throttlingMethod} throttling; ${sample.environment.hostUserAgent}.`,
  );
  // Simulated throttling scales the CPU work it observed: a slow or busy machine lowers performance scores.
  console.log(
    `Lighthouse's CPU benchmark index of this machine (median): ${Math.round(benchmarkIndex)}.\n`,
  );
}
for (const line of describeBuild(options.dir)) console.log(line);
console.log(`\n${scoreTable(results)}\n`);
console.log(
  "### Audits that fail on the median run (Lighthouse's pick: the run closest to the median FCP and TTI)\n",
);
console.log(failureList(results));

/**
 * `npm run bench -- [--postings 1000] [--keep] [--ref <commit>]`: how the build scales.
 *
 * Generates N synthetic postings in every locale beside the real content, builds the
 * whole site from it (OG images, Pagefind, feeds, sitemap, host configs), then rebuilds
 * after editing one posting, and builds the same postings with bare Astro + MDX
 * (bench/baseline) for comparison. Then times the editors' preview: `astro dev` from
 * start to a first posting page, for the site and for bare Astro on the same postings,
 * and from saving an edited posting to its new text in an open browser tab. Prints build
 * times, pages per second, peak memory, output size and what each type of page weighs
 * over the wire, with its first round trip (HTML and render-blocking CSS, the 14 KB of
 * tests/e2e/page-budgets.ts), then Markdown tables for the README.
 *
 * Everything happens in a temporary folder, in a copy of the project (see
 * lib/projectSnapshot.ts): the working tree as it is when the run starts, or the commit
 * given with --ref. The folder is removed at the end unless --keep (or a step failed).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { LOCALES } from '../src/i18n/config.ts';
import { SEGMENTS } from '../src/i18n/routes.ts';
import { buildDay } from '../src/settings.ts';
import {
  createBenchContent,
  editPostingBody,
  syntheticId,
  type BenchContent,
} from './lib/benchContent.ts';
import {
  filesUnder,
  FIRST_ROUND_TRIP,
  OUTPUT_PARTS,
  outputParts,
  pageWeights,
  PAGE_TYPES,
  totalBytes,
  type OutputPart,
  type PageType,
  type PageWeight,
} from './lib/pageWeight.ts';
import { median } from './lib/stats.ts';
import { snapshotProject } from './lib/projectSnapshot.ts';
import { requireGnuTime, timedRun, type TimedResult } from './lib/timedRun.ts';
import { buildPhases, type BuildPhases } from './lib/buildPhases.ts';
import { saveToUpdateSeconds, startDevServer } from './lib/devServerTiming.ts';
import { entryFileName } from '../src/content/location.ts';

const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');
const BASELINE = path.join('bench', 'baseline');

interface Options {
  postings: number;
  keep: boolean;
  ref: string | undefined;
}

function readOptions(): Options {
  const { values } = parseArgs({
    options: {
      postings: { type: 'string', default: '1000' },
      keep: { type: 'boolean', default: false },
      ref: { type: 'string' },
    },
  });
  const postings = Number(values.postings);
  if (!Number.isInteger(postings) || postings < 1)
    throw new Error(`--postings: expected a whole number of at least 1, got "${values.postings}"`);
  return { postings, keep: values.keep, ref: values.ref };
}

/** Where one run keeps its files: all under one temporary folder. */
interface Workspace {
  root: string;
  project: string;
  content: string;
  siteDist: string;
  baselineRoot: string;
  baselineDist: string;
  logs: string;
}

function createWorkspace(): Workspace {
  const root = mkdtempSync(path.join(os.tmpdir(), 'careers-bench-'));
  const project = path.join(root, 'project');
  const workspace: Workspace = {
    root,
    project,
    content: path.join(root, 'content'),
    // Inside the copy, as dist/ is inside the project: Astro puts its prerender chunks
    // next to the output, and they must find node_modules from there.
    siteDist: path.join(project, 'dist'),
    baselineRoot: path.join(project, BASELINE),
    baselineDist: path.join(project, BASELINE, 'dist'),
    logs: path.join(root, 'logs'),
  };
  mkdirSync(workspace.logs, { recursive: true });
  return workspace;
}

const started = Date.now();
function log(message: string): void {
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(5)} s] ${message}`);
}

const integer = (value: number) => Math.round(value).toLocaleString('en-US');
const oneDecimal = (value: number) =>
  value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const megabytes = (bytes: number) => oneDecimal(bytes / 1_000_000);
const kilobytes = (bytes: number) => oneDecimal(bytes / 1000);

interface BuildFigures extends TimedResult {
  htmlPages: number;
  distBytes: number;
  parts: Record<OutputPart, number>;
  phases: BuildPhases;
}

/** Other work on the machine slows a build down: the 1-minute load average, printed beside each build. */
const loadAverage = () => oneDecimal(os.loadavg()[0] ?? 0);

function astroBuild(
  workspace: Workspace,
  name: string,
  args: string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  outDir: string,
): BuildFigures {
  log(`${name}: build starts (load average ${loadAverage()} on ${os.cpus().length} cores)…`);
  const astro = path.join(workspace.project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const logFile = path.join(workspace.logs, `${name}.log`);
  const timing = timedRun([process.execPath, astro, 'build', ...args], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    logFile,
    timeFile: path.join(workspace.logs, `${name}.time`),
  });
  const files = filesUnder(outDir);
  log(`${name}: build done (load average ${loadAverage()})`);
  const phases = buildPhases(readFileSync(logFile, 'utf8'), timing.seconds);
  return {
    ...timing,
    htmlPages: files.filter((file) => file.endsWith('.html')).length,
    distBytes: totalBytes(files),
    parts: outputParts(outDir, files),
    phases,
  };
}

function describeBuild(label: string, figures: BuildFigures): void {
  log(
    `${label}: ${oneDecimal(figures.seconds)} s, ${integer(figures.htmlPages)} HTML pages (${oneDecimal(figures.htmlPages / figures.seconds)} pages/s), ` +
      `peak RSS ${megabytes(figures.peakRssKb * 1000)} MB (largest single process), output ${integer(figures.distBytes)} bytes (${megabytes(figures.distBytes)} MB: ${OUTPUT_PARTS.map((part) => `${part} ${megabytes(figures.parts[part])}`).join(', ')})`,
  );
}

/** The content check the build runs first, run up front so a bad generator fails in seconds with the file and field. */
async function validateBenchContent(workspace: Workspace): Promise<void> {
  const model = pathToFileURL(path.join(workspace.project, 'src', 'content', 'model.ts')).href;
  const problemsModule = pathToFileURL(
    path.join(workspace.project, 'src', 'content', 'problems.ts'),
  ).href;
  const { contentProblems } = (await import(model)) as typeof import('../src/content/model.ts');
  const { formatProblem } = (await import(
    problemsModule
  )) as typeof import('../src/content/problems.ts');
  const problems = contentProblems(workspace.content, { displayRoot: 'bench-content' });
  if (problems.length > 0)
    throw new Error(
      `The generated content is invalid:\n${problems.slice(0, 20).map(formatProblem).join('\n')}`,
    );
}

function slugOf(contentDir: string, id: string, locale: string): string {
  const text = readFileSync(path.join(contentDir, 'postings', id, entryFileName(locale)), 'utf8');
  const slug = /^slug:\s*(\S+)\s*$/m.exec(text)?.[1];
  if (!slug) throw new Error(`No slug in postings/${id}/${entryFileName(locale)}`);
  return slug;
}

/** Every posting file must have become a page, or the figures would describe a smaller site. */
function checkPostingPages(weights: Map<PageType, PageWeight[]>, content: BenchContent): void {
  const expected = (content.synthetic + content.realPostings.length) * LOCALES.length;
  const built = weights.get('posting')?.length ?? 0;
  if (built !== expected)
    throw new Error(
      `Expected ${expected} posting pages (every posting open, in ${LOCALES.length} locales), found ${built}`,
    );
}

interface WeightRow {
  type: PageType;
  pages: number;
  html: number;
  css: number;
  js: number;
  total: number;
  /** The first round trip (HTML and render-blocking CSS): median, and the heaviest page. */
  firstRoundTrip: number;
  heaviest: { file: string; bytes: number } | undefined;
}

function weightRows(weights: Map<PageType, PageWeight[]>): WeightRow[] {
  return PAGE_TYPES.map((type) => {
    const pages = weights.get(type) ?? [];
    return {
      type,
      pages: pages.length,
      html: median(pages.map((page) => page.html)),
      css: median(pages.map((page) => page.css)),
      js: median(pages.map((page) => page.js)),
      total: median(pages.map((page) => page.html + page.css + page.js)),
      firstRoundTrip: median(pages.map((page) => page.firstRoundTrip)),
      heaviest: pages.reduce<WeightRow['heaviest']>(
        (heaviest, page) =>
          heaviest && heaviest.bytes >= page.firstRoundTrip
            ? heaviest
            : { file: page.file, bytes: page.firstRoundTrip },
        undefined,
      ),
    };
  });
}

/** Each page type against the first round trip's 14 KB: the median page and the heaviest. */
function firstRoundTripTable(rows: WeightRow[]): string {
  const lines = [
    `| page type | pages | median | heaviest | within ${FIRST_ROUND_TRIP / 1024} KB | heaviest page |`,
    '| --- | ---: | ---: | ---: | :---: | --- |',
  ];
  for (const row of rows) {
    if (row.pages === 0 || !row.heaviest) continue;
    lines.push(
      `| ${row.type} | ${integer(row.pages)} | ${kilobytes(row.firstRoundTrip)} kB | ${kilobytes(row.heaviest.bytes)} kB | ${row.heaviest.bytes <= FIRST_ROUND_TRIP ? 'yes' : '**no**'} | ${row.heaviest.file} |`,
    );
  }
  return lines.join('\n');
}

function weightTable(rows: WeightRow[]): string {
  const lines = [
    '| page type | pages | HTML | CSS | JS | HTML + CSS + JS |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const cell = (bytes: number) => (row.pages === 0 ? '—' : `${kilobytes(bytes)} kB`);
    lines.push(
      `| ${row.type} | ${integer(row.pages)} | ${cell(row.html)} | ${cell(row.css)} | ${cell(row.js)} | ${cell(row.total)} |`,
    );
  }
  return lines.join('\n');
}

/** The editors' preview: `astro dev` on the same postings. */
interface DevFigures {
  siteColdStart: number;
  baselineColdStart: number;
  saveToUpdate: number;
}

interface Results {
  options: Options;
  content: BenchContent;
  site: BuildFigures;
  rebuild: BuildFigures;
  baseline: BuildFigures;
  weights: WeightRow[];
  dev: DevFigures;
}

function astroVersion(workspace: Workspace): string {
  const manifest = JSON.parse(
    readFileSync(path.join(workspace.project, 'node_modules', 'astro', 'package.json'), 'utf8'),
  ) as { version: string };
  return manifest.version;
}

function figuresTable({ content, site, rebuild, baseline, dev }: Results): string {
  const postingFiles = (content.synthetic + content.realPostings.length) * LOCALES.length;
  const rows: [string, string, string][] = [
    ['posting files (MDX)', integer(postingFiles), integer(postingFiles)],
    ['HTML pages built', integer(site.htmlPages), integer(baseline.htmlPages)],
    ['clean build', `${oneDecimal(site.seconds)} s`, `${oneDecimal(baseline.seconds)} s`],
    [
      'CPU time of the clean build (user + system, all threads)',
      `${oneDecimal(site.cpuSeconds)} s`,
      `${oneDecimal(baseline.cpuSeconds)} s`,
    ],
    [
      'pages per second',
      oneDecimal(site.htmlPages / site.seconds),
      oneDecimal(baseline.htmlPages / baseline.seconds),
    ],
    [
      'peak memory (RSS of the largest process)',
      `${megabytes(site.peakRssKb * 1000)} MB`,
      `${megabytes(baseline.peakRssKb * 1000)} MB`,
    ],
    ['output size', `${megabytes(site.distBytes)} MB`, `${megabytes(baseline.distBytes)} MB`],
    ...OUTPUT_PARTS.map((part): [string, string, string] => [
      `output: ${part}`,
      `${megabytes(site.parts[part])} MB`,
      `${megabytes(baseline.parts[part])} MB`,
    ]),
    [
      'rebuild after editing one posting',
      `${oneDecimal(rebuild.seconds)} s (${oneDecimal(site.seconds / rebuild.seconds)}× faster than clean)`,
      '—',
    ],
    ['CPU time of the rebuild', `${oneDecimal(rebuild.cpuSeconds)} s`, '—'],
    [
      '`npm run dev`: start to the first posting page served',
      `${oneDecimal(dev.siteColdStart)} s (${oneDecimal(dev.siteColdStart / dev.baselineColdStart)}× bare)`,
      `${oneDecimal(dev.baselineColdStart)} s`,
    ],
    [
      '`npm run dev`: save an edited posting → new text in the open tab',
      `${oneDecimal(dev.saveToUpdate)} s`,
      '—',
    ],
  ];
  return [
    '| | site | bare Astro + MDX |',
    '| --- | ---: | ---: |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

const PHASES: [keyof BuildPhases, string][] = [
  ['startup', 'start-up: config, content check, content sync, types'],
  [
    'bundling',
    'bundling (Vite; the baseline makes a module of every posting file, the site renders posting bodies when content syncs)',
  ],
  ['rendering', 'rendering pages (OG images drawn beside, in worker threads)'],
  [
    'afterRendering',
    "after rendering: sitemap, search indexes, last OG images, host configs (bare: Astro's clean-up)",
  ],
];

function phasesTable({ site, rebuild, baseline }: Results): string {
  const cell = (figures: BuildFigures, phase: keyof BuildPhases) =>
    `${oneDecimal(figures.phases[phase])} s`;
  return [
    '| phase | clean build | rebuild | bare Astro + MDX |',
    '| --- | ---: | ---: | ---: |',
    ...PHASES.map(
      ([phase, label]) =>
        `| ${label} | ${cell(site, phase)} | ${cell(rebuild, phase)} | ${cell(baseline, phase)} |`,
    ),
  ].join('\n');
}

function printSummary(results: Results, workspace: Workspace): void {
  const { options, content, site, rebuild, baseline, weights } = results;
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log('\n## Build benchmark\n');
  console.log(
    `${integer(content.synthetic)} synthetic postings + ${content.realPostings.length} real (${content.realPostings.join(', ')}), in ${LOCALES.length} locales; ` +
      `${options.ref ? `commit ${options.ref}` : 'working tree'}, DEPLOY_ENV=${process.env.DEPLOY_ENV || 'development'}; ` +
      `Astro ${astroVersion(workspace)}, Node ${process.versions.node}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; ${new Date().toISOString().slice(0, 10)}.\n`,
  );
  console.log(figuresTable(results));
  console.log(
    `\nSite / baseline: ${oneDecimal(site.seconds / baseline.seconds)}× the build time (${oneDecimal(site.cpuSeconds / baseline.cpuSeconds)}× the CPU time), ${oneDecimal(site.htmlPages / baseline.htmlPages)}× the pages.`,
  );
  console.log(
    `Clean build ${oneDecimal(site.seconds)} s → one-posting rebuild ${oneDecimal(rebuild.seconds)} s: ${oneDecimal(site.seconds / rebuild.seconds)}× speed-up.`,
  );
  console.log(
    "Peak memory is GNU time's %M: the largest resident set of any single process in the build's tree, not their sum.",
  );
  console.log("\nWhere the time goes (from Astro's log; start-up is the rest of the wall time):\n");
  console.log(phasesTable(results));
  console.log(
    '\nTransferred per page (median, gzip level 6): the HTML plus the CSS and JS files it references (stylesheets, scripts, module preloads, and the modules those import statically). "other": content pages, the other section pages (benefits list, saved jobs…), 404s, the root page.\n',
  );
  console.log(weightTable(weights));
  console.log(
    `\nFirst round trip per page (gzip level 6): the HTML, with the CSS inlined in it, and any stylesheet file that blocks rendering; a new connection brings about ${FIRST_ROUND_TRIP / 1024} KB (${integer(FIRST_ROUND_TRIP)} bytes) in its first round trip. The translation status page (reviewers', one row per entry) is in "other".\n`,
  );
  console.log(firstRoundTripTable(weights));
}

async function run(options: Options, workspace: Workspace): Promise<Results> {
  log(`workspace ${workspace.root}`);
  snapshotProject(PROJECT_ROOT, workspace.project, {
    ref: options.ref,
    alwaysFromWorkingTree: [BASELINE],
  });
  log(
    `copied the ${options.ref ? `commit ${options.ref}` : 'working tree'} to ${workspace.project}`,
  );

  const content = createBenchContent(
    path.join(workspace.project, 'content'),
    workspace.content,
    options.postings,
    buildDay(),
  );
  await validateBenchContent(workspace);
  log(
    `content: ${integer(content.synthetic)} synthetic postings + ${content.realPostings.join(', ')}, × ${LOCALES.length} locales, valid`,
  );

  const siteEnv = { CAREERS_CONTENT_DIR: workspace.content, CAREERS_OUT_DIR: workspace.siteDist };
  const site = astroBuild(
    workspace,
    'site-clean',
    [],
    workspace.project,
    siteEnv,
    workspace.siteDist,
  );
  describeBuild('site, clean build', site);
  const weightsByType = pageWeights(workspace.siteDist);
  checkPostingPages(weightsByType, content);
  const weights = weightRows(weightsByType);
  log(
    `site, first round trip per page type (heaviest, gzip): ${weights
      .filter((row) => row.heaviest)
      .map((row) => `${row.type} ${kilobytes(row.heaviest!.bytes)} kB`)
      .join(', ')} (budget ${kilobytes(FIRST_ROUND_TRIP)} kB)`,
  );

  const edited = syntheticId(1);
  const marker = editPostingBody(workspace.content, edited);
  log(`edited postings/${edited}/${entryFileName('en')}`);
  const rebuild = astroBuild(
    workspace,
    'site-rebuild',
    [],
    workspace.project,
    siteEnv,
    workspace.siteDist,
  );
  describeBuild('site, rebuild', rebuild);
  const editedPage = path.join(
    workspace.siteDist,
    'en',
    SEGMENTS.jobs.en,
    slugOf(workspace.content, edited, 'en'),
    'index.html',
  );
  if (!readFileSync(editedPage, 'utf8').includes(marker))
    throw new Error(`The rebuild did not update ${editedPage}`);

  const baseline = astroBuild(
    workspace,
    'baseline',
    ['--root', workspace.baselineRoot],
    workspace.baselineRoot,
    { BENCH_CONTENT_DIR: workspace.content },
    workspace.baselineDist,
  );
  describeBuild('baseline, clean build', baseline);
  const dev = await timeDevServers(workspace, siteEnv, edited);
  return { options, content, site, rebuild, baseline, weights, dev };
}

/** Ports of their own: a bench may run while the test servers (4411–4450) are up. */
const DEV_PORT = 4461;
const BASELINE_DEV_PORT = 4462;

async function timeDevServers(
  workspace: Workspace,
  siteEnv: NodeJS.ProcessEnv,
  edited: string,
): Promise<DevFigures> {
  const astro = path.join(workspace.project, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const slug = slugOf(workspace.content, edited, 'en');
  const postingPage = `/en/${SEGMENTS.jobs.en}/${slug}/`;
  log(`dev servers: the site's (load average ${loadAverage()})…`);
  const site = await startDevServer({
    astro,
    cwd: workspace.project,
    args: [],
    env: siteEnv,
    port: DEV_PORT,
    firstPage: postingPage,
    logFile: path.join(workspace.logs, 'dev-site.log'),
  });
  let saveToUpdate: number;
  try {
    const file = path.join(workspace.content, 'postings', edited, entryFileName('en'));
    // No apostrophe or quote: the page shows typographic ones, and the tab is searched for this text.
    const marker = `Saved in the preview at ${Date.now()}`;
    saveToUpdate = await saveToUpdateSeconds(
      site,
      postingPage,
      file,
      (text) => `${text.trimEnd()}\n\n${marker}\n`,
      marker,
    );
  } finally {
    site.stop();
  }
  log(`dev servers: bare Astro's (load average ${loadAverage()})…`);
  const baseline = await startDevServer({
    astro,
    cwd: workspace.baselineRoot,
    args: ['--root', workspace.baselineRoot],
    env: { BENCH_CONTENT_DIR: workspace.content },
    port: BASELINE_DEV_PORT,
    firstPage: `/${edited}/en/`,
    logFile: path.join(workspace.logs, 'dev-baseline.log'),
  });
  baseline.stop();
  const figures = {
    siteColdStart: site.coldStartSeconds,
    baselineColdStart: baseline.coldStartSeconds,
    saveToUpdate,
  };
  log(
    `dev servers: site ${oneDecimal(figures.siteColdStart)} s to a first page, bare Astro ${oneDecimal(figures.baselineColdStart)} s; save to update ${oneDecimal(saveToUpdate)} s`,
  );
  return figures;
}

const options = readOptions();
requireGnuTime();
const workspace = createWorkspace();
try {
  const results = await run(options, workspace);
  printSummary(results, workspace);
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  console.error(`\nKept ${workspace.root} (build logs in ${workspace.logs}).`);
  process.exit(1);
}
if (options.keep) {
  console.log(`\nKept ${workspace.root} (build logs in ${workspace.logs}).`);
} else if (existsSync(workspace.root)) {
  rmSync(workspace.root, { recursive: true, force: true });
}

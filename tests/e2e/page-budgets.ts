/**
 * Page-weight budgets on built sites (sizes, not times), gzip as a host sends it (level 6):
 * - the first round trip: every page's HTML and the stylesheets that block its rendering
 *   fit in 14 KB, so it paints after one round trip of a new connection (issue #19); the
 *   CSS is inlined to that end, and no stylesheet file in a head holds the first paint
 *   back for a request of its own. Checked per page type (home, jobs list, posting, …),
 *   on every page of each type; the reviewers' translation table is the one page left out;
 * - a posting page transfers at most 40 KB of HTML + CSS + JS, images excluded;
 * - pages with nothing interactive ship no JavaScript; the others at most 10 KB,
 *   not counting Pagefind, which loads only when someone searches;
 * - fonts are system fonts, or declared with font-display: swap;
 * - every <img> has width and height and a modern format (SVG, WebP, AVIF);
 * - at 1,000 postings, the whole output and the OG images stay within their size budgets.
 *
 * `node tests/e2e/page-budgets.ts [dir…]` (default dist): npm test checks the real site, its
 * production build (the environment stylesheet, a longer address) and the site built with
 * 1,000 generated postings (tests/support/buildManyPostings.ts), where the home page and the
 * jobs list would grow if anything on them did with the postings.
 * Prints a table per site; writes reports/budgets.json; exits 1 when a budget is exceeded.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  FIRST_ROUND_TRIP,
  OUTPUT_PARTS,
  PAGE_TYPES,
  filesUnder,
  gzipBytes,
  outputPartOf,
  outputParts,
  pageTypeOf,
  pageWeights,
  type PageType,
  type PageWeight,
} from '../../scripts/lib/pageWeight.ts';
import { allPagePaths } from '../support/pages.ts';
import { MANY_OUT_DIR, MANY_POSTINGS } from '../support/servers.ts';

const KB = 1024;
const POSTING_BUDGET = 40 * KB;
const JS_BUDGET = 10 * KB;
/**
 * Reviewers' table of every entry in every language: not linked, never indexed, and one
 * row per entry by design, so it outgrows any budget with the content.
 */
const FIRST_ROUND_TRIP_EXEMPT = new Set(['translation-status/index.html']);

interface Row {
  page: string;
  type: PageType;
  weight: PageWeight;
  /** The page's scripts and what they import statically, gzip; inline ones included. */
  js: number;
  problems: string[];
}

/** A module and every module it imports statically (dynamic imports load on demand). */
function moduleGraph(out: string, url: string, seen = new Set<string>()): Set<string> {
  const file = path.join(out, url.split('?')[0]!);
  if (seen.has(url) || !existsSync(file)) return seen;
  seen.add(url);
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    moduleGraph(out, new URL(match[1]!, `http://x${url}`).pathname, seen);
  }
  return seen;
}

/**
 * The deploy at 1,000 postings: the whole output, and an OG image on average. Azure Static
 * Web Apps refuses an app over 500 MiB on its Standard plan (less on the free one); the
 * output was 255 MB on 2026-12-02 (README, Performance), most of it the pages and the CSS
 * inlined in each one.
 */
const DEPLOY_BUDGET = 265 * 1000 * 1000;
const OG_IMAGE_BUDGET = 12 * KB;

function checkDeploySize(out: string): string[] {
  const files = filesUnder(out);
  const parts = outputParts(out, files);
  const total = Object.values(parts).reduce((sum, bytes) => sum + bytes, 0);
  const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);
  console.log(
    `\n${out}: deploy size ${megabytes(total)} MB (${OUTPUT_PARTS.map((part) => `${part} ${megabytes(parts[part])}`).join(', ')})`,
  );
  const problems: string[] = [];
  if (total > DEPLOY_BUDGET)
    problems.push(
      `${out}: deploy size ${megabytes(total)} MB > ${megabytes(DEPLOY_BUDGET)} MB at ${MANY_POSTINGS} postings`,
    );
  const ogImages = files.filter(
    (file) => outputPartOf(path.relative(out, file).split(path.sep).join('/')) === 'OG images',
  );
  const ogAverage = parts['OG images'] / Math.max(1, ogImages.length);
  if (ogAverage > OG_IMAGE_BUDGET)
    problems.push(
      `${out}: OG images ${(ogAverage / KB).toFixed(1)} KB on average > ${OG_IMAGE_BUDGET / KB} KB`,
    );
  return problems;
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)}`.padStart(6);

function checkSite(out: string): { rows: Row[]; fontProblems: string[] } {
  const fileOf = (page: string) =>
    page.endsWith('.html') ? path.join(out, page) : path.join(out, page, 'index.html');
  const pages = allPagePaths(out);
  const weights = new Map(
    [...pageWeights(out, pages.map(fileOf)).values()].flat().map((weight) => [weight.file, weight]),
  );
  const rows: Row[] = [];
  for (const page of pages) {
    const file = fileOf(page);
    const relative = path.relative(out, file).split(path.sep).join('/');
    const weight = weights.get(relative)!;
    const html = readFileSync(file, 'utf8');
    const modules = new Set<string>();
    for (const m of html.matchAll(/<script\b[^>]*type="module"[^>]*src="([^"]+)"/g))
      moduleGraph(out, m[1]!, modules);
    const inlineScripts = [
      ...html.matchAll(
        /<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g,
      ),
    ]
      .map((m) => m[1]!)
      .filter((code) => code.trim());
    const js =
      [...modules].reduce(
        (sum, url) => sum + gzipBytes(readFileSync(path.join(out, url.split('?')[0]!))),
        0,
      ) + inlineScripts.reduce((sum, code) => sum + gzipBytes(code), 0);
    const row: Row = { page, type: pageTypeOf(relative), weight, js, problems: [] };

    for (const stylesheet of weight.blockingStylesheets)
      row.problems.push(
        `/${stylesheet} in the head: the first paint waits a round trip for it (inline it, or link it last in the body)`,
      );
    if (!FIRST_ROUND_TRIP_EXEMPT.has(relative) && weight.firstRoundTrip > FIRST_ROUND_TRIP)
      row.problems.push(
        `first round trip ${kb(weight.firstRoundTrip).trim()} KB > ${FIRST_ROUND_TRIP / KB} KB (HTML and render-blocking CSS)`,
      );
    const interactive =
      /data-(job-board|site-search|share-bar|language-choices|save-posting|saved-jobs|alert-chooser)/.test(
        html,
      ) || page === '/index.html';
    if (!interactive && js > 0)
      row.problems.push(`ships ${js} B of JavaScript but has nothing interactive`);
    if (js > JS_BUDGET)
      row.problems.push(`JavaScript ${(js / KB).toFixed(1)} KB > ${JS_BUDGET / KB} KB`);
    const total = weight.html + weight.css + js;
    if (/data-posting-page/.test(html) && total > POSTING_BUDGET)
      row.problems.push(`posting ${(total / KB).toFixed(1)} KB > ${POSTING_BUDGET / KB} KB`);
    for (const [img] of html.matchAll(/<img\b[^>]*>/g)) {
      if (!/\bwidth="\d+"/.test(img) || !/\bheight="\d+"/.test(img))
        row.problems.push(`image without width and height: ${img.slice(0, 80)}`);
      const src = /\bsrc="([^"]+)"/.exec(img)?.[1] ?? '';
      if (!/\.(svg|webp|avif)(\?|$)|^data:image\/(svg|webp|avif)/.test(src))
        row.problems.push(`image not in a modern format: ${src}`);
    }
    rows.push(row);
  }

  // Fonts: in the CSS of the English home page, inlined or a file of its own.
  const home = readFileSync(path.join(out, 'en', 'index.html'), 'utf8');
  const stylesheets = [
    ...[...home.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]!),
    ...[...home.matchAll(/href="(\/_astro\/[^"]+\.css)"/g)].map((m) =>
      readFileSync(path.join(out, m[1]!), 'utf8'),
    ),
  ];
  const fontProblems: string[] = [];
  for (const css of stylesheets)
    for (const [face] of css.matchAll(/@font-face\s*{[^}]*}/g))
      if (!/font-display:\s*swap/.test(face))
        fontProblems.push(`${out}: @font-face without font-display: swap`);
  return { rows, fontProblems };
}

function printSite(out: string, rows: Row[]): void {
  console.log(`\n${out}: first round trip per page type (HTML + render-blocking CSS, gzip)`);
  console.log(`${'page type'.padEnd(14)} pages  heaviest KB  room KB  heaviest page`);
  for (const type of PAGE_TYPES) {
    const ofType = rows.filter(
      (row) => row.type === type && !FIRST_ROUND_TRIP_EXEMPT.has(row.weight.file),
    );
    if (ofType.length === 0) continue;
    const heaviest = ofType.reduce((a, b) =>
      b.weight.firstRoundTrip > a.weight.firstRoundTrip ? b : a,
    );
    const bytes = heaviest.weight.firstRoundTrip;
    console.log(
      `${type.padEnd(14)} ${String(ofType.length).padStart(5)}  ${kb(bytes)}       ${kb(FIRST_ROUND_TRIP - bytes)}   ${heaviest.page}${bytes > FIRST_ROUND_TRIP ? '  ✗' : ''}`,
    );
  }
  for (const row of rows.filter((row) => FIRST_ROUND_TRIP_EXEMPT.has(row.weight.file)))
    console.log(`(not held to it: ${row.page}, ${kb(row.weight.firstRoundTrip).trim()} KB)`);
  const listed = rows.filter((row) => row.problems.length > 0 || rows.length <= 80);
  if (listed.length === 0) return;
  console.log(`\n${'page'.padEnd(58)}  html KB   css KB    js KB  total`);
  for (const { page, weight, js, problems } of listed)
    console.log(
      `${page.padEnd(58)} ${kb(weight.html)}   ${kb(weight.css)}   ${kb(js)}  ${kb(weight.html + weight.css + js)}${problems.length ? '  ✗' : ''}`,
    );
}

const dirs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['dist'];
const problems: string[] = [];
let checked = 0;
let overBudget = 0;
let fontFailures = 0;
let sizeChecks = 0;
for (const out of dirs) {
  const { rows, fontProblems } = checkSite(out);
  printSite(out, rows);
  problems.push(
    ...rows.flatMap((row) => row.problems.map((p) => `${out}${row.page}: ${p}`)),
    ...fontProblems,
  );
  checked += rows.length;
  overBudget += rows.filter((row) => row.problems.length > 0).length;
  fontFailures += fontProblems.length;
  if (path.resolve(out) === path.resolve(MANY_OUT_DIR)) {
    const sizeProblems = checkDeploySize(out);
    problems.push(...sizeProblems);
    sizeChecks += 1;
    overBudget += sizeProblems.length > 0 ? 1 : 0;
  }
}
for (const problem of problems) console.log(`  ✗ ${problem}`);
console.log(
  `budgets: ${checked} pages checked in ${dirs.join(', ')}${sizeChecks ? `, and the deploy size of ${MANY_OUT_DIR}` : ''}, ${problems.length} over budget`,
);
mkdirSync('reports', { recursive: true });
const failed = overBudget + fontFailures;
writeFileSync(
  'reports/budgets.json',
  JSON.stringify({ passed: checked + sizeChecks - overBudget, failed, problems }, null, 2),
);
process.exit(failed > 0 ? 1 : 0);

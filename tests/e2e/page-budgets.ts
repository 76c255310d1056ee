/**
 * Page-weight budgets on the built site (sizes, not times):
 * - a posting page transfers at most 40 KB (gzip) of HTML + CSS + JS, images excluded;
 * - pages with nothing interactive ship no JavaScript; the others at most 10 KB (gzip),
 *   not counting Pagefind, which loads only when someone searches;
 * - fonts are system fonts, or declared with font-display: swap;
 * - every <img> has width and height and a modern format (SVG, WebP, AVIF).
 * Prints a table; writes reports/budgets.json; exits 1 when a budget is exceeded.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { allPagePaths } from '../support/pages.ts';

const OUT = 'dist';
const KB = 1024;
const POSTING_BUDGET = 40 * KB;
const JS_BUDGET = 10 * KB;

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const assetFile = (url: string) => path.join(OUT, url.split('?')[0]!);

/** A module and every module it imports statically (dynamic imports load on demand). */
function moduleGraph(url: string, seen = new Set<string>()): Set<string> {
  if (seen.has(url) || !existsSync(assetFile(url))) return seen;
  seen.add(url);
  const code = readFileSync(assetFile(url), 'utf8');
  for (const match of code.matchAll(/(?:import|from)\s*["']([^"']+\.js)["']/g)) {
    moduleGraph(new URL(match[1]!, `http://x${url}`).pathname, seen);
  }
  return seen;
}

interface Row {
  page: string;
  html: number;
  css: number;
  js: number;
  problems: string[];
}

const rows: Row[] = [];
for (const page of allPagePaths(OUT)) {
  const file = page.endsWith('.html') ? path.join(OUT, page) : path.join(OUT, page, 'index.html');
  const html = readFileSync(file, 'utf8');
  const css = [...html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].reduce(
    (sum, m) => sum + gz(assetFile(m[1]!)),
    0,
  );
  const modules = new Set<string>();
  for (const m of html.matchAll(/<script\b[^>]*type="module"[^>]*src="([^"]+)"/g))
    moduleGraph(m[1]!, modules);
  const inlineScripts = [
    ...html.matchAll(
      /<script\b(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ]
    .map((m) => m[1]!)
    .filter((code) => code.trim());
  const js =
    [...modules].reduce((sum, url) => sum + gz(assetFile(url)), 0) +
    inlineScripts.reduce((sum, code) => sum + gzipSync(code).length, 0);
  const row: Row = { page, html: gzipSync(html, { level: 9 }).length, css, js, problems: [] };

  const interactive =
    /data-(job-board|site-search|share-bar|language-choices|save-posting|saved-jobs|alert-chooser)/.test(
      html,
    ) || page === '/index.html';
  if (!interactive && js > 0)
    row.problems.push(`ships ${js} B of JavaScript but has nothing interactive`);
  if (js > JS_BUDGET)
    row.problems.push(`JavaScript ${(js / KB).toFixed(1)} KB > ${JS_BUDGET / KB} KB`);
  if (/data-posting-page/.test(html) && row.html + css + js > POSTING_BUDGET)
    row.problems.push(
      `posting ${((row.html + css + js) / KB).toFixed(1)} KB > ${POSTING_BUDGET / KB} KB`,
    );
  for (const [img] of html.matchAll(/<img\b[^>]*>/g)) {
    if (!/\bwidth="\d+"/.test(img) || !/\bheight="\d+"/.test(img))
      row.problems.push(`image without width and height: ${img.slice(0, 80)}`);
    const src = /\bsrc="([^"]+)"/.exec(img)?.[1] ?? '';
    if (!/\.(svg|webp|avif)(\?|$)|^data:image\/(svg|webp|avif)/.test(src))
      row.problems.push(`image not in a modern format: ${src}`);
  }
  rows.push(row);
}

const cssFiles = new Set<string>();
for (const m of readFileSync(path.join(OUT, 'en', 'index.html'), 'utf8').matchAll(
  /href="(\/_astro\/[^"]+\.css)"/g,
))
  cssFiles.add(m[1]!);
const fontProblems: string[] = [];
for (const css of cssFiles) {
  for (const [face] of readFileSync(assetFile(css), 'utf8').matchAll(/@font-face\s*{[^}]*}/g)) {
    if (!/font-display:\s*swap/.test(face))
      fontProblems.push(`${css}: @font-face without font-display: swap`);
  }
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)}`.padStart(6);
console.log(`${'page'.padEnd(58)}  html KB   css KB    js KB  total`);
for (const row of rows)
  console.log(
    `${row.page.padEnd(58)} ${kb(row.html)}   ${kb(row.css)}   ${kb(row.js)}  ${kb(row.html + row.css + row.js)}${row.problems.length ? '  ✗' : ''}`,
  );
const problems = [
  ...rows.flatMap((row) => row.problems.map((p) => `${row.page}: ${p}`)),
  ...fontProblems,
];
for (const problem of problems) console.log(`  ✗ ${problem}`);
console.log(
  `budgets: ${rows.length} pages checked, ${problems.length} over budget (fonts: ${cssFiles.size} stylesheet(s), ${fontProblems.length} problems)`,
);
mkdirSync('reports', { recursive: true });
const failed = rows.filter((row) => row.problems.length > 0).length + fontProblems.length;
writeFileSync(
  'reports/budgets.json',
  JSON.stringify(
    { passed: rows.length - rows.filter((r) => r.problems.length > 0).length, failed, problems },
    null,
    2,
  ),
);
process.exit(failed > 0 ? 1 : 0);

/**
 * What a visitor downloads per page of a built site: the page's HTML plus the CSS and JS
 * files it references (stylesheets, module scripts, module preloads, and the modules
 * those import statically, which the browser fetches before running them), each gzipped
 * as a host would send it. Fonts, images and what scripts load later (dynamic imports,
 * the search index) are left out: this is the cost of the first render.
 *
 * Of that, the first round trip: the HTML and the stylesheets that block rendering, all a
 * browser needs before it paints. A new connection brings about 14 KB in its first round
 * trip (TCP's initial window of 10 segments), so a page whose first round trip fits paints
 * after one (tests/e2e/page-budgets.ts holds every page type to it).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { isLocale } from '../../src/i18n/config.ts';
import { LIST_PAGE_SEGMENT, SEGMENTS } from '../../src/i18n/routes.ts';

export const PAGE_TYPES = [
  'home',
  'jobs list',
  'posting',
  'benefit page',
  'search',
  'other',
] as const;
export type PageType = (typeof PAGE_TYPES)[number];

export interface PageWeight {
  /** The page's path inside the output, `/`-separated: `en/jobs/index.html`. */
  file: string;
  html: number;
  css: number;
  js: number;
  /** The HTML (with the CSS inlined in it) and the stylesheet files that block rendering. */
  firstRoundTrip: number;
  /** Those stylesheet files, inside the output: each is a request before the first paint. */
  blockingStylesheets: string[];
}

/** The first round trip's budget: 14 KB, gzip. */
export const FIRST_ROUND_TRIP = 14 * 1024;

/** Every file under `dir`, as absolute paths. */
export function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

export function totalBytes(files: readonly string[]): number {
  return files.reduce((sum, file) => sum + statSync(file).size, 0);
}

/** The parts of a deploy, as the bench reports its size: where the bytes go. */
export const OUTPUT_PARTS = [
  'pages: HTML',
  'pages: inline CSS',
  'OG images',
  'QR codes',
  'search index',
  'feeds and data',
  'visual editor',
  'assets',
  'other',
] as const;
export type OutputPart = (typeof OUTPUT_PARTS)[number];

/**
 * Which part a file of the output (its path inside it, `/`-separated) belongs to. A page's
 * inline CSS is counted apart from it by `outputParts`.
 */
export function outputPartOf(relative: string): OutputPart {
  if (relative.endsWith('.html')) return 'pages: HTML';
  if (relative.startsWith('og/')) return 'OG images';
  if (relative.startsWith('qr/')) return 'QR codes';
  if (relative.startsWith('pagefind/')) return 'search index';
  if (relative.startsWith('admin/')) return 'visual editor';
  if (relative.startsWith('_astro/')) return 'assets';
  if (/\.(xml|json)$/.test(relative)) return 'feeds and data';
  return 'other';
}

/** Bytes of a page's `<style>` elements, tags included: the CSS each page carries inline. */
export function inlineCssBytes(html: Buffer): number {
  let bytes = 0;
  for (let start = html.indexOf('<style'); start !== -1; start = html.indexOf('<style', start)) {
    const end = html.indexOf('</style>', start);
    if (end === -1) break;
    bytes += end + '</style>'.length - start;
    start = end;
  }
  return bytes;
}

/** Bytes per part of the output under `dir`. */
export function outputParts(dir: string, files: readonly string[]): Record<OutputPart, number> {
  const parts = Object.fromEntries(OUTPUT_PARTS.map((part) => [part, 0])) as Record<
    OutputPart,
    number
  >;
  for (const file of files) {
    const part = outputPartOf(path.relative(dir, file).split(path.sep).join('/'));
    const size = statSync(file).size;
    const css = part === 'pages: HTML' ? inlineCssBytes(readFileSync(file)) : 0;
    parts[part] += size - css;
    parts['pages: inline CSS'] += css;
  }
  return parts;
}

/**
 * `en/jobs/some-slug/index.html` → posting, `en/jobs/page/2/index.html` → jobs list.
 * Content pages, 404s and the root chooser are "other".
 */
export function pageTypeOf(relativeHtml: string): PageType {
  const parts = relativeHtml.split(path.sep).filter((part) => part !== 'index.html');
  const [locale, section, slug, ...rest] = parts;
  if (
    isLocale(locale) &&
    section === SEGMENTS.jobs[locale] &&
    slug === LIST_PAGE_SEGMENT[locale] &&
    rest.length === 1 &&
    /^\d+$/.test(rest[0]!)
  )
    return 'jobs list';
  if (!isLocale(locale) || rest.length > 0) return 'other';
  if (section === undefined) return 'home';
  if (section === SEGMENTS.jobs[locale]) return slug === undefined ? 'jobs list' : 'posting';
  if (section === SEGMENTS.benefits[locale] && slug !== undefined) return 'benefit page';
  if (section === SEGMENTS.search[locale] && slug === undefined) return 'search';
  return 'other';
}

/** `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`; not `import("./x.js")`, which loads later. */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^"'`();]*?\bfrom\s*)?["']([^"']+)["']/g;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
}

/** A site-relative or root-relative reference as a path inside `distDir`; undefined for other origins. */
function localFile(
  href: string | undefined,
  fromFile: string,
  distDir: string,
): string | undefined {
  if (!href || /^[a-z]+:|^\/\//i.test(href)) return undefined;
  const base = href.startsWith('/') ? distDir : path.dirname(fromFile);
  return path.join(base, decodeURI(href.split(/[?#]/)[0] ?? ''));
}

/** The modules `code` imports statically, resolved like the browser would from `fromFile`. */
function staticImports(code: string, fromFile: string, distDir: string): string[] {
  // A look-alike in a string of minified code resolves to no file: skip it rather than fail.
  return [...code.matchAll(STATIC_IMPORT)]
    .flatMap(([, specifier]) => localFile(specifier, fromFile, distDir) ?? [])
    .filter((file) => existsSync(file));
}

/** `roots` and every module they import statically, each once. */
function withStaticImports(
  roots: string[],
  distDir: string,
  read: (file: string) => string,
): string[] {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...staticImports(read(file), file, distDir));
  }
  return [...seen];
}

/**
 * A stylesheet in the head, for every medium or for screens, holds the first paint back
 * until it arrives; one for print does not, nor one at the end of the body (it holds back
 * only what follows it).
 */
function blocksRendering(tag: string, offset: number, headEnd: number): boolean {
  const media = attribute(tag, 'media')?.trim().toLowerCase();
  return offset < headEnd && (media === undefined || media === '' || /^(all|screen)\b/.test(media));
}

/**
 * The site's own CSS and JS files a page references, as paths inside `distDir`;
 * `blockingCss`: the stylesheets among them that hold the first paint back.
 */
export function referencedAssets(
  html: string,
  pageFile: string,
  distDir: string,
  read: (file: string) => string,
): { css: string[]; blockingCss: string[]; js: string[] } {
  const local = (href: string | undefined) => localFile(href, pageFile, distDir);
  const css: string[] = [];
  const blockingCss: string[] = [];
  const js: string[] = [];
  const headEnd = html.includes('</head>') ? html.indexOf('</head>') : html.length;
  for (const { 0: tag, index } of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attribute(tag, 'rel')?.split(/\s+/) ?? [];
    const file = local(attribute(tag, 'href'));
    if (file && rel.includes('stylesheet')) css.push(file);
    if (file && rel.includes('stylesheet') && blocksRendering(tag, index, headEnd))
      blockingCss.push(file);
    if (file && rel.includes('modulepreload')) js.push(file);
  }
  for (const [, tag = '', inline = ''] of html.matchAll(/(<script\b[^>]*>)([\s\S]*?)<\/script>/g)) {
    const file = local(attribute(tag, 'src'));
    if (file) js.push(file);
    // An inline module's code is in the HTML already; what it imports is not.
    else if (attribute(tag, 'type') === 'module')
      js.push(...staticImports(inline, pageFile, distDir));
  }
  return {
    css: [...new Set(css)],
    blockingCss: [...new Set(blockingCss)],
    js: withStaticImports(js, distDir, read),
  };
}

export function gzipBytes(content: Buffer | string): number {
  return gzipSync(content, { level: 6 }).length;
}

/** Each HTML page of a built site (or those of `files`) with its gzipped weight, grouped by page type. */
export function pageWeights(
  distDir: string,
  files?: readonly string[],
): Map<PageType, PageWeight[]> {
  const gzipped = new Map<string, number>();
  const sources = new Map<string, string>();
  const read = (file: string) => {
    let source = sources.get(file);
    if (source === undefined) {
      source = readFileSync(file, 'utf8');
      sources.set(file, source);
    }
    return source;
  };
  const assetBytes = (file: string) => {
    let bytes = gzipped.get(file);
    if (bytes === undefined) {
      bytes = gzipBytes(read(file));
      gzipped.set(file, bytes);
    }
    return bytes;
  };
  const byType = new Map<PageType, PageWeight[]>(PAGE_TYPES.map((type) => [type, []]));
  for (const file of files ?? filesUnder(distDir).filter((name) => name.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const { css, blockingCss, js } = referencedAssets(html, file, distDir, read);
    const sum = (files: string[]) => files.reduce((total, asset) => total + assetBytes(asset), 0);
    const relative = path.relative(distDir, file);
    const htmlBytes = gzipBytes(html);
    byType.get(pageTypeOf(relative))?.push({
      file: relative.split(path.sep).join('/'),
      html: htmlBytes,
      css: sum(css),
      js: sum(js),
      firstRoundTrip: htmlBytes + sum(blockingCss),
      blockingStylesheets: blockingCss.map((asset) =>
        path.relative(distDir, asset).split(path.sep).join('/'),
      ),
    });
  }
  return byType;
}

/**
 * Every HTML file of every build the tests make (dist, dist-fixtures, dist-production and
 * its editor site, dist-closed), and the home page and the jobs list's pages of the site
 * with 1,000 postings (its 3,000 postings are the real one's copies), passes the W3C Nu
 * HTML checker (vnu.jar), which parses as
 * browsers do and so catches what html-validate does not, e.g. a `<script>` after `</html>` ("Stray start tag").
 * One Java run checks all files (the JVM is slow to start). Any message fails its page,
 * errors, warnings and info alike, except the two kinds below that come from how the checker
 * reads local files, not from the pages. Writes reports/nu-validate.json for the test
 * summary; exits 1 on any failing page.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vnuJar from 'vnu-jar';
import { findJava } from '../../scripts/lib/java.ts';
import { htmlFiles } from '../../src/build/hosting/cspHashes.ts';
import {
  CLOSED_OUT_DIR,
  FIXTURE_OUT_DIR,
  MANY_OUT_DIR,
  PRODUCTION_EDITOR_OUT_DIR,
  PRODUCTION_OUT_DIR,
} from '../support/servers.ts';
import { manyPostingsPages } from '../support/pages.ts';

interface NuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  message: string;
  lastLine?: number;
  firstColumn?: number;
  extract?: string;
  hiliteStart?: number;
  hiliteLength?: number;
}

const OUT_DIRS = [
  'dist',
  FIXTURE_OUT_DIR,
  PRODUCTION_OUT_DIR,
  PRODUCTION_EDITOR_OUT_DIR,
  CLOSED_OUT_DIR,
];

const missing = [...OUT_DIRS, MANY_OUT_DIR].filter((dir) => !existsSync(dir));
if (missing.length > 0) {
  console.error(`Nu HTML checker: no build in ${missing.join(', ')}; build them first.`);
  process.exit(1);
}
const files = [
  ...OUT_DIRS.flatMap((dir) => htmlFiles(dir)),
  ...manyPostingsPages(MANY_OUT_DIR).map((page) => path.join(MANY_OUT_DIR, page, 'index.html')),
]
  .map((file) => path.resolve(file))
  .sort();

/** The sources one directive of the page's <meta> CSP allows (default-src when it has none). */
function cspSources(file: string, directive: string): string[] {
  const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(
    readFileSync(file, 'utf8'),
  )?.[1];
  const parts = (policy ?? '').split(';').map((part) => part.trim().split(/\s+/));
  const named = (name: string) => parts.find((part) => part[0] === name)?.slice(1);
  return named(directive) ?? named('default-src') ?? [];
}

/**
 * Messages that are the checker's limits, not the page's. Each is matched narrowly:
 * - "Resource violates Content Security Policy (meta tag): external stylesheet|script “/…”" (or
 *   "image “/…”", as for the home page's picture):
 *   the checker reads the page from a file: URL, whose origin never matches 'self', so every
 *   same-origin resource looks blocked. Dropped only for a root-relative address ("/…", same
 *   origin by construction) when the page's directive does list 'self'.
 * - "Inline script violates Content Security Policy (meta tag)" on a
 *   `<script type="application/ld+json">`: a data block is never run, so script-src does not
 *   apply to it (browsers neither block nor report it); the checker treats it as script.
 * - "Inline style violates Content Security Policy (meta tag)": the checker hashes a <style>
 *   that holds a line break otherwise than browsers do (`a{color:red}` followed by a line
 *   break is refused, the same without it allowed), and the site's CSS, inlined in every
 *   page (issue #19), holds two. Dropped only when the page's style-src lists the SHA-256 of
 *   each of its <style> elements' exact text, which is what browsers compare.
 * The site's CSS, read by the checker since it is inlined, meets the limits of its CSS
 * validator too (errors, not warnings), each dropped only as Tailwind writes it:
 * - "CSS: Unrecognized at-rule “@property”": the CSS Properties and Values API, in every
 *   browser since 2024, which Tailwind declares its custom properties with;
 * - "CSS: “margin-trim”: Property “margin-trim” doesn't exist." inside an `@supports`
 *   condition: a feature query asks whether the browser knows a property, so it may not.
 */
function isCheckerLimit(message: NuMessage, file: string): boolean {
  if (message.type === 'error') return isCssValidatorLimit(message, file);
  if (message.type !== 'info' || message.subType !== 'warning') return false;
  const external =
    /^Resource violates Content Security Policy \(meta tag\): (?:external (?:stylesheet|script)|image) “\/(?!\/)[^”]*” blocked by “([a-z-]+)” directive\.$/.exec(
      message.message,
    );
  if (external) return cspSources(file, external[1]!).includes("'self'");
  if (message.message.startsWith('Inline script violates Content Security Policy (meta tag):')) {
    const start = message.hiliteStart ?? 0;
    const tag = message.extract?.slice(start, start + (message.hiliteLength ?? 0));
    return tag === '<script type="application/ld+json">';
  }
  if (message.message.startsWith('Inline style violates Content Security Policy (meta tag):')) {
    const styles = [...readFileSync(file, 'utf8').matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)];
    const allowed = cspSources(file, 'style-src');
    return (
      styles.length > 0 &&
      styles.every(([, text = '']) =>
        allowed.includes(`'sha256-${createHash('sha256').update(text).digest('base64')}'`),
      )
    );
  }
  return false;
}

function isCssValidatorLimit(message: NuMessage, file: string): boolean {
  if (message.message === 'CSS: Unrecognized at-rule “@property”') return true;
  if (message.message !== "CSS: “margin-trim”: Property “margin-trim” doesn't exist.") return false;
  // The message points at the property's value; before it, the feature query that asks.
  const line = readFileSync(file, 'utf8').split('\n')[(message.lastLine ?? 1) - 1] ?? '';
  const before = line.slice(0, (message.firstColumn ?? 1) - 1);
  return /@supports[^{]*\(margin-trim:$/.test(before);
}

const java = findJava();
const started = Date.now();
const run = spawnSync(
  java,
  ['-jar', String(vnuJar), '--format', 'json', '--stdout', '--exit-zero-always', ...files],
  { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (run.error || run.status !== 0) {
  console.error(`Nu HTML checker did not run: ${run.error?.message ?? run.stderr}`);
  process.exit(1);
}
const { messages } = JSON.parse(run.stdout) as { messages: NuMessage[] };

const byFile = new Map<string, NuMessage[]>();
let filtered = 0;
const general: NuMessage[] = [];
for (const message of messages) {
  const file = message.url?.startsWith('file:') ? fileURLToPath(message.url) : undefined;
  if (!file || !files.includes(file)) {
    general.push(message);
    continue;
  }
  if (isCheckerLimit(message, file)) {
    filtered += 1;
    continue;
  }
  byFile.set(file, [...(byFile.get(file) ?? []), message]);
}

const failures: string[] = [];
for (const [file, fileMessages] of byFile) {
  const name = path.relative(process.cwd(), file);
  failures.push(name);
  console.log(`  ✗ ${name}`);
  for (const message of fileMessages) {
    const kind = message.type === 'info' ? (message.subType ?? 'info') : message.type;
    console.log(`      ${message.lastLine}:${message.firstColumn} ${kind}: ${message.message}`);
  }
}
for (const message of general) console.log(`  ✗ ${message.type}: ${message.message}`);

const passed = files.length - failures.length;
console.log(
  `Nu HTML checker checked ${files.length} pages in ${seconds} s: ${passed} valid, ${failures.length} with messages` +
    ` (${filtered} messages dropped as checker limits, see tests/a11y/nu-validity.ts)`,
);
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/nu-validate.json',
  JSON.stringify(
    { passed, failed: failures.length + (general.length > 0 ? 1 : 0), failures },
    null,
    2,
  ),
);
process.exit(failures.length > 0 || general.length > 0 ? 1 : 0);

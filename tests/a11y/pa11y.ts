/**
 * pa11y over every URL of the built site's sitemap, plus the 404 pages and the root
 * chooser, and from the fixture site its alerts pages (the only build with the email
 * form) and every page in its fourth language, Dutch, with both runners (axe and
 * HTML_CodeSniffer) at WCAG 2 AA. Any error fails.
 * Prints how many URLs it checked; writes reports/pa11y.json for the test summary.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer';
import pa11y from 'pa11y';
import { CHROMIUM_ARGS, findChromium } from '../../scripts/lib/browser.ts';
import { createSiteServer, listen } from '../../scripts/lib/staticServer.ts';
import { allViews } from '../support/pages.ts';
import { FIXTURE_OUT_DIR } from '../support/servers.ts';
import { fixtureGatePaths } from '../support/pages.ts';

const PORT = 4413;
const FIXTURE_PA11Y_PORT = 4415;
const RUNNERS = ['axe', 'htmlcs'];
const CONCURRENCY = 2;

const server = createSiteServer({ dir: 'dist' });
const fixtureServer = createSiteServer({ dir: FIXTURE_OUT_DIR });
const origin = (await listen(server, PORT)).replace(/\/$/, '');
const fixtureOrigin = (await listen(fixtureServer, FIXTURE_PA11Y_PORT)).replace(/\/$/, '');
const browser = await puppeteer.launch({
  executablePath: await findChromium(),
  args: [...CHROMIUM_ARGS, '--no-sandbox'],
});

const paths = [
  ...allViews('dist').map((path) => `${origin}${path}`),
  ...fixtureGatePaths().map((path) => `${fixtureOrigin}${path}`),
];
const failures: string[] = [];
let passed = 0;

async function check(path: string): Promise<void> {
  try {
    const result = await pa11y(path, {
      browser,
      runners: RUNNERS,
      standard: 'WCAG2AA',
      timeout: 60_000,
    });
    const errors = result.issues.filter((issue) => issue.type === 'error');
    if (errors.length === 0) {
      passed += 1;
      console.log(`  ✓ ${path}`);
    } else {
      failures.push(path);
      console.log(`  ✗ ${path}`);
      for (const issue of errors)
        console.log(`      [${issue.runner}] ${issue.code}: ${issue.message} (${issue.selector})`);
    }
  } catch (error) {
    failures.push(path);
    console.log(`  ✗ ${path}: ${(error as Error).message}`);
  }
}

console.log(`pa11y (${RUNNERS.join(' + ')}, WCAG2AA) over ${paths.length} URLs`);
const queue = [...paths];
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let path = queue.shift(); path; path = queue.shift()) await check(path);
  }),
);
await browser.close();
server.close();
fixtureServer.close();

console.log(
  `pa11y checked ${paths.length} URLs: ${passed} without errors, ${failures.length} with errors`,
);
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/pa11y.json',
  JSON.stringify({ checked: paths.length, passed, failed: failures.length, failures }, null, 2),
);
process.exit(failures.length > 0 ? 1 : 0);

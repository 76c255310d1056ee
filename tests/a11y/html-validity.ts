/**
 * Every built page is valid HTML (html-validate, recommended rules, see .htmlvalidate.json),
 * and so are the fixture site's alerts pages (the only build with the email form), its
 * pages in Dutch (the language only it publishes), and the home page and the jobs list's
 * pages of the site with 1,000 postings (the only build whose list has pages).
 * Writes reports/html-validate.json for the test summary; exits 1 on any error.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { allPagePaths, fixtureGatePaths, manyPostingsPages } from '../support/pages.ts';
import { FIXTURE_OUT_DIR, MANY_OUT_DIR } from '../support/servers.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());
const paths = [
  ...allPagePaths('dist').map((page) => ({ out: 'dist', page })),
  ...fixtureGatePaths()
    .filter((page) => !page.includes('#'))
    .map((page) => ({ out: FIXTURE_OUT_DIR, page })),
  ...manyPostingsPages(MANY_OUT_DIR).map((page) => ({ out: MANY_OUT_DIR, page })),
];
let passed = 0;
const failures: string[] = [];

for (const { out, page } of paths) {
  const file = page.endsWith('.html') ? path.join(out, page) : path.join(out, page, 'index.html');
  const report = await validator.validateString(readFileSync(file, 'utf8'), file);
  const errors = report.results
    .flatMap((result) => result.messages)
    .filter((message: Message) => message.severity === 2);
  if (errors.length === 0) {
    passed += 1;
    continue;
  }
  failures.push(file);
  console.log(`  ✗ ${file}`);
  for (const error of errors)
    console.log(`      ${error.line}:${error.column} ${error.ruleId}: ${error.message}`);
}

console.log(
  `html-validate checked ${paths.length} pages: ${passed} valid, ${failures.length} with errors`,
);
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/html-validate.json',
  JSON.stringify({ passed, failed: failures.length, failures }, null, 2),
);
process.exit(failures.length > 0 ? 1 : 0);

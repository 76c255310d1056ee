/**
 * Whole-site link check on the built site, served as in production:
 * - every internal link resolves (linkinator, crawling from the root and each home page)
 *   and every #anchor names an element of its target page;
 * - no page links into another language, except links marked with hreflang (the
 *   language switcher, deliberate cross-language links).
 * Writes reports/links.json for the test summary; exits 1 on any problem.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LinkChecker } from 'linkinator';
import { localeOfPath } from '../../src/i18n/routes.ts';
import { LOCALES } from '../../src/i18n/config.ts';
import { createSiteServer, listen } from '../../scripts/lib/staticServer.ts';
import { allPagePaths } from '../support/pages.ts';

const OUT = 'dist';
const server = createSiteServer({ dir: OUT });
const origin = (await listen(server, 4415)).replace(/\/$/, '');
const problems: string[] = [];

const result = await new LinkChecker().check({
  path: ['/index.html', ...LOCALES.map((locale) => `/${locale}/`)].map(
    (start) => `${origin}${start}`,
  ),
  recurse: true,
  concurrency: 8,
  // Only this site: Apply, share and feed-reader links lead elsewhere on purpose.
  linksToSkip: async (link: string) => !link.startsWith(origin),
});
const checked = result.links.filter((link) => link.url.startsWith(origin));
for (const link of checked.filter((l) => l.state === 'BROKEN'))
  problems.push(`broken: ${link.url} (status ${link.status}) on ${link.parent ?? '?'}`);

let pages = 0;
let anchors = 0;
for (const page of allPagePaths(OUT)) {
  const locale = localeOfPath(page);
  if (!locale) continue;
  pages += 1;
  const html = readFileSync(
    page.endsWith('.html') ? path.join(OUT, page) : path.join(OUT, page, 'index.html'),
    'utf8',
  );
  anchors += (html.match(/<a\b[^>]*href="[^"]*#/g) ?? []).length;
  for (const [tag] of html.matchAll(/<a\b[^>]*>/g)) {
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1]?.replaceAll('&amp;', '&');
    if (!href) continue;
    // Anchors: the target page must have an element with that id.
    const [targetPath = '', fragment] = href.split('#');
    if (fragment) {
      const file = targetPath === '' ? page : targetPath.split('?')[0]!;
      const targetFile = file.endsWith('.html')
        ? path.join(OUT, file)
        : path.join(OUT, file, 'index.html');
      let targetHtml = '';
      try {
        targetHtml = readFileSync(targetFile, 'utf8');
      } catch {
        // A missing page is reported by the crawl above.
      }
      if (targetHtml && !targetHtml.includes(`id="${decodeURIComponent(fragment)}"`))
        problems.push(`missing anchor on ${page}: ${href}`);
    }
    if (!href.startsWith('/')) continue;
    const target = localeOfPath(href);
    if (target && target !== locale && !/\bhreflang="/.test(tag))
      problems.push(`cross-language link on ${page}: ${href} (mark deliberate ones with hreflang)`);
  }
}

server.close();
for (const problem of problems) console.log(`  ✗ ${problem}`);
console.log(
  `links: ${checked.length} internal links checked from ${result.links.length} found; ${anchors} #anchor links and every link's language checked on ${pages} pages; ${problems.length} problems`,
);
mkdirSync('reports', { recursive: true });
writeFileSync(
  'reports/links.json',
  JSON.stringify(
    { passed: problems.length === 0 ? 2 : 0, failed: problems.length > 0 ? 1 : 0, problems },
    null,
    2,
  ),
);
process.exit(problems.length > 0 ? 1 : 0);

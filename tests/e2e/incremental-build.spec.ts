/**
 * Incremental builds show what editors changed and nothing stale: three builds of a copy of
 * the fixture content with a cache of their own. Editing a posting's text renders that page
 * again and reuses the others; editing its title reaches the jobs list and the feeds;
 * removing a posting removes its pages, though the last build's are linked into the output;
 * a build of other content into another folder with the same cache leaves this one alone.
 */
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { entryFileName } from '../../src/content/location.ts';
import { entry } from '../support/content.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_TODAY } from '../support/servers.ts';

const ASTRO = path.resolve('node_modules/astro/bin/astro.mjs');
const ID = 'fixture-data-intern';
// Linked from no other fixture.
const REMOVED = 'fixture-markup';

test('a rebuild shows an edited posting text, then an edited title everywhere, then a removed posting nowhere, reusing what did not change and leaving other outputs alone', async () => {
  test.setTimeout(300_000);
  // Under .cache on the project's disk, like a real build's output and caches.
  mkdirSync(path.resolve('.cache'), { recursive: true });
  const work = mkdtempSync(path.resolve('.cache/incremental-test-'));
  try {
    const content = path.join(work, 'content');
    const out = path.join(work, 'dist');
    cpSync(FIXTURE_CONTENT_DIR, content, { recursive: true });
    const env = {
      ...process.env,
      CAREERS_CONTENT_DIR: content,
      CAREERS_OUT_DIR: out,
      CAREERS_CACHE_DIR: path.join(work, 'astro-cache'),
      CAREERS_TODAY: FIXTURE_TODAY,
      ASTRO_TELEMETRY_DISABLED: '1',
    };
    const build = (extra: Record<string, string> = {}) => {
      const result = spawnSync(process.execPath, [ASTRO, 'build'], {
        env: { ...env, ...extra },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(
        result.status,
        `astro build failed:\n${result.stdout.slice(-3000)}\n${result.stderr.slice(-3000)}`,
      ).toBe(0);
      return result.stdout;
    };
    const file = path.join(content, 'postings', ID, entryFileName('en'));
    const page = path.join(
      out,
      'en',
      SEGMENTS.jobs.en,
      String(entry('postings', ID, 'en', FIXTURE_CONTENT_DIR).slug),
      'index.html',
    );
    const read = (relative: string) => readFileSync(path.join(out, relative), 'utf8');
    const removedPages = (['en', 'es', 'fr'] as const).map((locale) =>
      path.join(
        out,
        locale,
        SEGMENTS.jobs[locale],
        String(entry('postings', REMOVED, locale, FIXTURE_CONTENT_DIR).slug),
      ),
    );
    build();
    const untouched = `fr/${SEGMENTS.jobs.fr}/index.html`;
    const untouchedBefore = read(untouched);

    writeFileSync(
      file,
      `${readFileSync(file, 'utf8')}\nA sentence added by the incremental-build test, see the <Link to="jobs">open positions</Link>.\n`,
    );
    const log = build();
    expect(readFileSync(page, 'utf8')).toContain('A sentence added by the incremental-build test');
    expect(readFileSync(page, 'utf8')).toContain(
      `see the <a href="/en/${SEGMENTS.jobs.en}/">open positions</a>.`,
    );
    // The rest is not rendered again: Astro takes it from its incremental-build cache.
    expect(log).toMatch(/\((cached|restored)\)/);
    expect(read(`es/${SEGMENTS.jobs.es}/index.html`)).toContain(
      String(entry('postings', ID, 'es', FIXTURE_CONTENT_DIR).title),
    );

    const title = 'Fixture Data Intern (renamed by the incremental-build test)';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, `title: '${title}'`));
    build();
    expect(readFileSync(page, 'utf8')).toContain(`<h1 class="text-3xl sm:text-4xl">${title}</h1>`);
    expect(read(`en/${SEGMENTS.jobs.en}/index.html`)).toContain(title);
    for (const feed of [
      'en/rss.xml',
      'en/atom.xml',
      'en/feed.json',
      'en/feeds/type-intern/rss.xml',
    ])
      expect(read(feed), feed).toContain(title);
    expect(read('en/postings.json')).toContain(title);
    expect(
      read(untouched) === untouchedBefore,
      'a page nothing changed is the first build’s, byte for byte',
    ).toBe(true);

    for (const folder of removedPages)
      expect(existsSync(path.join(folder, 'index.html')), folder).toBe(true);
    rmSync(path.join(content, 'postings', REMOVED), { recursive: true });
    build();
    // Neither the page nor its folder is left in the output, and no list links to it.
    for (const folder of removedPages)
      expect(existsSync(folder), `${folder} should be gone`).toBe(false);
    for (const locale of ['en', 'es', 'fr'] as const) {
      const slug = String(entry('postings', REMOVED, locale, FIXTURE_CONTENT_DIR).slug);
      expect(read(`${locale}/${SEGMENTS.jobs[locale]}/index.html`)).not.toContain(`/${slug}/`);
    }
    expect(read('sitemap-0.xml')).not.toContain(
      String(entry('postings', REMOVED, 'en', FIXTURE_CONTENT_DIR).slug),
    );

    // Other content, another output folder, the same Astro cache: this output does not change.
    const jobs = `en/${SEGMENTS.jobs.en}/index.html`;
    const before = { jobs: read(jobs), posting: readFileSync(page, 'utf8') };
    const other = path.join(work, 'dist-other');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        /^title: .*$/m,
        "title: 'Fixture Data Intern (built into another folder)'",
      ),
    );
    build({ CAREERS_OUT_DIR: other });
    expect(readFileSync(path.join(other, jobs), 'utf8')).toContain('built into another folder');
    // Compared as booleans: a failure would otherwise print two whole pages.
    expect(
      read(jobs) === before.jobs,
      'this output’s jobs list is as this output’s last build left it',
    ).toBe(true);
    expect(
      readFileSync(page, 'utf8') === before.posting,
      'this output’s posting page is as its last build left it',
    ).toBe(true);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

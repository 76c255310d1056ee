/**
 * An editor adds a second posting as the editor guide says: `npm run new:posting`, a
 * build that names each blank still to fill in on one line, then a build that lists the
 * new posting in every language. Runs the real commands on a copy of the fixture content.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { LOCALES, type Locale } from '../../src/i18n/config.ts';
import { pathFor } from '../../src/i18n/routes.ts';
import { createSiteServer, listen } from '../../scripts/lib/staticServer.ts';

const TITLES: Record<Locale, string> = {
  en: 'Data Analyst',
  es: 'Analista de datos',
  fr: 'Analyste de données',
  nl: 'Data-analist',
};

/**
 * Builds of this throwaway folder pass --force: Astro's content cache would otherwise keep
 * an identical entry of an earlier run's (deleted) folder.
 */
function run(command: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, command, {
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('a second posting goes from the scaffold to the jobs list in three languages, with one line per blank on the way', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-new-posting-'));
  const content = path.join(dir, 'content');
  const out = path.join(dir, 'dist');
  cpSync('tests/fixtures/content', content, { recursive: true });
  const env = { CAREERS_CONTENT_DIR: content, CAREERS_OUT_DIR: out };
  try {
    const created = run(
      [
        'scripts/new-entry.ts',
        'posting',
        'data-analyst',
        '--type',
        'FULL_TIME',
        '--slug',
        'es=analista-de-datos',
        '--slug',
        'fr=analyste-de-donnees',
      ],
      env,
    );
    expect(created.status).toBe(0);
    expect(created.output).toContain('index.en.mdx');
    expect(created.output).toContain(
      'content/postings/data-analyst/index.fr.mdx: title: title must not be empty',
    );
    expect(created.output).toContain(
      'content/postings/data-analyst/index.fr.mdx: line 35: ⟦What to say under "Votre rôle et votre environnement de travail", in French⟧ is still the scaffold\'s placeholder',
    );

    const refused = run(['node_modules/astro/bin/astro.mjs', 'build', '--force'], env);
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(
      /content\/postings\/data-analyst\/index\.es\.mdx: applyUrl: expected a link starting with https:\/\/, got ""/,
    );

    for (const locale of LOCALES) {
      const file = path.join(content, 'postings', 'data-analyst', `index.${locale}.mdx`);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('title: ""', `title: ${TITLES[locale]}`)
          .replace('summary: ""', 'summary: Turn data into decisions with the Data Analytics team.')
          .replace('team: ""', 'team: data-analytics')
          .replace('city: ""', 'city: Madrid')
          .replace('applyUrl: ""', 'applyUrl: https://apply.example.org/data-analyst')
          .replace('name: ""', 'name: Recruitment team')
          .replace(/⟦[^⟧]*⟧/g, 'Turn data into decisions with the Data Analytics team.'),
      );
    }
    const built = run(['node_modules/astro/bin/astro.mjs', 'build', '--force'], env);
    expect(built.status, built.output.slice(-2000)).toBe(0);

    const server = createSiteServer({ dir: out });
    // A port the system picks: the fixed ones belong to the test servers (tests/support/servers.ts).
    const origin = await listen(server, 0);
    const page = await browser.newPage();
    try {
      for (const locale of LOCALES) {
        await page.goto(new URL(pathFor(locale, { kind: 'jobs' }), origin).href);
        await expect(page.getByRole('link', { name: TITLES[locale], exact: true })).toBeVisible();
      }
    } finally {
      await page.close();
      server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

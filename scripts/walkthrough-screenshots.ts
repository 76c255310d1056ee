/**
 * The editor guide's walkthrough, "Your first posting in 15 minutes", played by script on
 * a copy of the real content, with a screenshot at each step it shows
 * (`npm run docs:walkthrough`, into docs/screenshots/walkthrough-*.png):
 *   1. `npm run new:posting` scaffolds the posting in every language;
 *   2. `npm run dev` lists what is still to write, file and line, instead of the pages;
 *   3. once every blank is written and saved, the preview shows the posting in the jobs list;
 *   4. and its page.
 * The texts typed in are the walkthrough's example (a data engineering internship), never
 * published: the copy is removed at the end. tests/e2e/new-posting.spec.ts checks the same
 * journey's messages and result in npm test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LOCALES, type Locale } from '../src/i18n/config.ts';
import { pathFor } from '../src/i18n/routes.ts';
import { entryFileName } from '../src/content/location.ts';
import { startDevServer } from './lib/devServerTiming.ts';
import { shootPages, type Shot } from './lib/screenshots.ts';

const OUT = 'docs/screenshots';
const ID = 'data-engineer-intern';
const PORT = 4464;
/** The example the guide walks through, in each language the site publishes. */
const EXAMPLE: Partial<Record<Locale, { slug: string; title: string; summary: string }>> = {
  en: {
    slug: ID,
    title: 'Data Engineer Intern',
    summary: 'Build the data pipelines behind our products with the IT Engineering team.',
  },
  es: {
    slug: 'practicas-ingenieria-de-datos',
    title: 'Prácticas de ingeniería de datos',
    summary: 'Construye con el equipo de Ingeniería TI los flujos de datos de nuestros productos.',
  },
  fr: {
    slug: 'stage-ingenierie-des-donnees',
    title: 'Stage en ingénierie des données',
    summary:
      "Construisez avec l'équipe Ingénierie informatique les flux de données de nos produits.",
  },
};

const example = (locale: Locale) => {
  const text = EXAMPLE[locale];
  if (!text) throw new Error(`The walkthrough has no example text in ${locale}`);
  return text;
};

const dir = mkdtempSync(path.join(os.tmpdir(), 'careers-walkthrough-'));
const content = path.join(dir, 'content');
cpSync('content', content, { recursive: true });
const env = { CAREERS_CONTENT_DIR: content, CAREERS_CACHE_DIR: path.join(dir, 'cache') };
const shot = (urlPath: string, name: string, fullPage = false): Shot => ({
  urlPath,
  name: `walkthrough-${name}`,
  width: 1280,
  height: 800,
  colorScheme: 'light',
  fullPage,
});

try {
  const slugs = LOCALES.filter((locale) => locale !== 'en').flatMap((locale) => [
    '--slug',
    `${locale}=${example(locale).slug}`,
  ]);
  const scaffold = spawnSync(
    process.execPath,
    ['scripts/new-entry.ts', 'posting', ID, '--type', 'INTERN', ...slugs],
    { encoding: 'utf8', env: { ...process.env, ...env } },
  );
  if (scaffold.status !== 0) throw new Error(`new:posting failed:\n${scaffold.stderr}`);
  console.log(scaffold.stdout);

  const server = await startDevServer({
    astro: path.join('node_modules', 'astro', 'bin', 'astro.mjs'),
    cwd: process.cwd(),
    args: [],
    env,
    port: PORT,
    // Every page is the list of problems until they are fixed; the editor's page is not.
    firstPage: '/admin/',
    logFile: path.join(dir, 'dev.log'),
  });
  try {
    await shootPages(server.origin, OUT, [shot('/en/', '1-still-to-write', true)]);
    for (const locale of LOCALES) {
      const file = path.join(content, 'postings', ID, entryFileName(locale));
      const { title, summary } = example(locale);
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace('title: ""', `title: ${title}`)
          .replace('summary: ""', `summary: ${summary}`)
          .replace('team: ""', 'team: it-engineering')
          .replace('city: ""', 'city: Madrid')
          .replace('applyUrl: ""', `applyUrl: https://www.ing.jobs/${ID}`)
          .replace('name: ""', 'name: ING Recruitment team')
          .replace(/⟦[^⟧]*⟧/g, summary),
      );
    }
    const jobs = pathFor('en', { kind: 'jobs' });
    // The preview reads the saved files again; wait until the jobs list has the posting.
    const deadline = Date.now() + 60_000;
    while (
      !(await (await fetch(new URL(jobs, server.origin))).text()).includes(example('en').title)
    ) {
      if (Date.now() > deadline) throw new Error(`${jobs} never listed the walkthrough's posting`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await shootPages(server.origin, OUT, [
      shot(jobs, '2-jobs-list'),
      shot(pathFor('en', { kind: 'posting', id: ID }, example('en').slug), '3-posting'),
    ]);
  } finally {
    server.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The editors' preview, `npm run dev`, on a copy of the fixture content: the visual editor
 * at /admin/ with the content's own choices, and a content problem shown in the browser, as
 * the same line the build prints, until a save fixes it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { LOCAL_EDITOR_PROXY } from '../../src/build/editor/editorBackend.ts';
import { DEV_SITE_STYLESHEET } from '../../src/build/editor/devEditor.ts';
import { dataFile } from '../support/content.ts';
import { forwardEditorProxy, startDecapServer } from '../support/decapServer.ts';
import { DEV_EDITOR_PROXY_PORT, FIXTURE_CONTENT_DIR } from '../support/servers.ts';

const PORT = 4424;
const origin = `http://127.0.0.1:${PORT}`;
let dir: string;
let dev: ChildProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dir = mkdtempSync(path.join(tmpdir(), 'careers-dev-'));
  cpSync(FIXTURE_CONTENT_DIR, path.join(dir, 'content'), { recursive: true });
  dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'],
    {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CAREERS_CONTENT_DIR: path.join(dir, 'content'),
        CAREERS_TODAY: '2026-06-01',
        CAREERS_CACHE_DIR: path.join(dir, 'cache'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('astro dev did not start')), 100_000);
    dev.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes(`${PORT}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
    dev.on('exit', (code) => reject(new Error(`astro dev exited with ${code}`)));
  });
  // The first page a dev server renders waits for Vite to bundle the dependencies, which on
  // a busy machine takes most of a test's time: done here, so the tests time what they check.
  await fetch(`${origin}/en/`, { headers: { accept: 'text/html' } }).then((response) =>
    response.arrayBuffer(),
  );
});

test.afterAll(() => {
  if (dev?.pid) process.kill(-dev.pid, 'SIGTERM');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('npm run dev serves the visual editor at /admin/, with the content’s own choices', async ({
  page,
}) => {
  const config = parse(await (await page.request.get(`${origin}/admin/config.yml`)).text()) as {
    backend: { name: string; proxy_url: string };
    collections: { name: string; fields: { name: string; options?: string[] }[] }[];
  };
  expect(config.backend).toMatchObject({ name: 'proxy', proxy_url: LOCAL_EDITOR_PROXY });
  const teams = dataFile<{ id: string }[]>('teams.yaml', FIXTURE_CONTENT_DIR).map(
    (team) => team.id,
  );
  const postings = config.collections.find((collection) => collection.name === 'postings')!;
  expect(postings.fields.find((field) => field.name === 'team')?.options).toEqual(teams);
  await page.goto(`${origin}/admin/`);
  // Decap's own sign-in screen for the local backend.
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible({ timeout: 30_000 });
});

test('the editor’s preview pane shows an entry in the site’s own styles, as the dev server compiles them', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const proxy = await startDecapServer(dir, String(DEV_EDITOR_PROXY_PORT));
  try {
    await forwardEditorProxy(page, String(DEV_EDITOR_PROXY_PORT));
    await page.goto(`${origin}/admin/#/collections/postings/entries/fixture-data-intern/index`);
    await page.getByRole('button', { name: 'Login' }).click();
    await expect(page.getByLabel('Title', { exact: true }).first()).toHaveValue(
      'Fixture Data Intern',
      { timeout: 30_000 },
    );
    await page
      .getByRole('button', { name: /preview/i })
      .first()
      .click();
    const preview = page.frameLocator('#preview-pane');
    await expect(preview.locator(`link[href="${DEV_SITE_STYLESHEET}"]`)).toHaveCount(1);
    const title = preview.getByRole('heading', { level: 1, name: 'Fixture Data Intern' });
    // The site's .text-3xl (1.875rem) and font stack; the body's paragraphs spaced as on the site.
    await expect(title).toHaveCSS('font-size', '30px');
    await expect(title).toHaveCSS('font-family', /^system-ui/);
    await expect(preview.locator('.prose-careers > h2').first()).toHaveCSS('margin-top', '40px');
  } finally {
    proxy.kill();
  }
});

test('a content problem shows in the preview as the line the build prints, until a save fixes it', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const file = path.join(dir, 'content/postings/fixture-data-intern/index.es.mdx');
  const text = readFileSync(file, 'utf8');
  await page.goto(`${origin}/en/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  writeFileSync(file, text.replace(/^team: .*$/m, 'team: nope'));
  const line =
    'content/postings/fixture-data-intern/index.es.mdx: team: expected a team id from content/data/teams.yaml (data-analytics, it-engineering), got "nope"';
  await expect(page.getByRole('listitem').filter({ hasText: line })).toBeVisible({
    timeout: 30_000,
  });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('The content has 1 problem');

  writeFileSync(file, text);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(
    'The content has 1 problem',
    { timeout: 30_000 },
  );
});

test('a posting added while the preview runs shows with its text, in the list and on its page', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const source = path.join(dir, 'content/postings/fixture-data-intern');
  const added = path.join(dir, 'content/postings/fixture-data-intern-two');
  await page.goto(`${origin}/en/jobs/`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  // A new folder, as `npm run new:posting` or a copy makes one: each language its own slug.
  mkdirSync(added);
  for (const name of readdirSync(source)) {
    const text = readFileSync(path.join(source, name), 'utf8')
      .replace(/^title: (.*)$/m, 'title: $1 Two')
      .replace(/^slug: (.*)$/m, 'slug: $1-two')
      .replace('Fixture body of', 'The second body of');
    writeFileSync(path.join(added, name), text);
  }
  const title = /^title: (.*)$/m.exec(readFileSync(path.join(added, 'index.en.mdx'), 'utf8'))![1]!;
  const card = page.getByRole('link', { name: title, exact: true });
  await expect(card).toBeVisible({ timeout: 30_000 });
  await card.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.getByText('The second body of fixture-data-intern')).toBeVisible();
  rmSync(added, { recursive: true, force: true });
});

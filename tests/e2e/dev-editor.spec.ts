/**
 * The visual editor in `npm run dev`: an editor previewing the site opens /admin/ on the
 * same dev server and gets the editor, configured from the content as it is now, ready to
 * save through `npm run cms`; no build is needed to see a save.
 */
import { spawn } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { parse } from 'yaml';
import { LOCAL_EDITOR_PROXY } from '../../src/build/editor/editorBackend.ts';
import { dataFile } from '../support/content.ts';

const PORT = 4424;

test('npm run dev serves the visual editor at /admin/, with the content’s own choices', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dev = spawn(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'dev', '--port', String(PORT), '--host', '127.0.0.1'],
    {
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        CAREERS_CACHE_DIR: 'reports/dev-editor-cache',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('astro dev did not start')), 90_000);
      dev.stdout?.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes(`${PORT}`)) {
          clearTimeout(timer);
          resolve();
        }
      });
      dev.on('exit', (code) => reject(new Error(`astro dev exited with ${code}`)));
    });
    const origin = `http://127.0.0.1:${PORT}`;
    const config = parse(await (await page.request.get(`${origin}/admin/config.yml`)).text()) as {
      backend: { name: string; proxy_url: string };
      collections: { name: string; fields: { name: string; options?: string[] }[] }[];
    };
    expect(config.backend).toMatchObject({ name: 'proxy', proxy_url: LOCAL_EDITOR_PROXY });
    const teams = dataFile<{ id: string }[]>('teams.yaml').map((team) => team.id);
    const postings = config.collections.find((collection) => collection.name === 'postings')!;
    expect(postings.fields.find((field) => field.name === 'team')?.options).toEqual(teams);

    await page.goto(`${origin}/admin/`);
    // Decap's own sign-in screen for the local backend.
    await expect(page.getByRole('button', { name: 'Login' })).toBeVisible({ timeout: 30_000 });
  } finally {
    if (dev.pid) process.kill(-dev.pid, 'SIGTERM');
  }
});

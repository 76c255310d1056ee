/**
 * decap-server, the visual editor's local backend (`npm run cms`), on a copy of some
 * content: the editor of a development build saves there, as on an editor's machine.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { Page } from '@playwright/test';
import { LOCAL_EDITOR_PROXY } from '../../src/build/editor/editorBackend.ts';

/** Where a development build's editor sends its saves (its config names this address). */
export const EDITOR_PROXY_PORT = new URL(LOCAL_EDITOR_PROXY).port;

export async function startDecapServer(repo: string, port: string): Promise<ChildProcess> {
  const server = spawn(process.execPath, ['node_modules/decap-server/dist/index.js'], {
    // Loopback only, as `npm run cms` runs it: the proxy writes to the repository unauthenticated.
    env: { ...process.env, GIT_REPO_DIRECTORY: repo, PORT: port, BIND_HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('decap-server did not start')), 15_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) {
        clearTimeout(timer);
        resolve();
      }
    });
    server.on('exit', (code) => reject(new Error(`decap-server exited with ${code}`)));
  });
  return server;
}

/**
 * Sends the page's calls to the editor's backend to a decap-server on another port, so
 * that tests running side by side each save into their own copy of the content.
 */
export async function forwardEditorProxy(page: Page, port: string): Promise<void> {
  const proxy = new URL(LOCAL_EDITOR_PROXY);
  await page.route(`${proxy.origin}/**`, async (route) => {
    const url = new URL(route.request().url());
    url.host = `127.0.0.1:${port}`;
    await route.fulfill({ response: await route.fetch({ url: url.href }) });
  });
}

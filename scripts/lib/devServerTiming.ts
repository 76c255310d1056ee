/**
 * The editors' preview, timed: `astro dev` from its start to the first page it serves, and
 * from saving an edited file to the new text in a browser tab that has the page open (the
 * tab is not reloaded by hand: the dev server pushes the change, as editors see it).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';

export interface DevServer {
  origin: string;
  process: ChildProcess;
  /** Seconds from spawning `astro dev` to the first page served with status 200. */
  coldStartSeconds: number;
  stop(): void;
}

export interface DevServerOptions {
  /** Path to astro.mjs. */
  astro: string;
  cwd: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  /** The page whose first response ends the cold start. */
  firstPage: string;
  timeoutMs?: number;
  /** Where the server's output goes, to read when a timing fails. */
  logFile: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const origin = `http://127.0.0.1:${options.port}`;
  const started = performance.now();
  const log = openSync(options.logFile, 'w');
  const child = spawn(
    process.execPath,
    [options.astro, 'dev', ...options.args, '--port', String(options.port), '--host', '127.0.0.1'],
    {
      cwd: options.cwd,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...options.env },
      stdio: ['ignore', log, log],
      // Its own process group, so stopping it stops Vite's and Astro's children too.
      detached: true,
    },
  );
  closeSync(log);
  const stop = () => {
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  const deadline = started + (options.timeoutMs ?? 300_000);
  let exited: number | null = null;
  child.on('exit', (code) => (exited = code ?? -1));
  while (performance.now() < deadline) {
    if (exited !== null) throw new Error(`astro dev exited with ${exited} before serving a page`);
    try {
      const response = await fetch(new URL(options.firstPage, origin));
      await response.arrayBuffer();
      if (response.ok)
        return {
          origin,
          process: child,
          coldStartSeconds: (performance.now() - started) / 1000,
          stop,
        };
    } catch {
      // Not listening yet.
    }
    await sleep(50);
  }
  stop();
  throw new Error(`astro dev served no page at ${options.firstPage} in time`);
}

/**
 * Opens `page` in a browser tab, saves `file` with `edit` applied (which must add
 * `marker` to the page's text), and measures until the tab shows the marker. The file is
 * restored afterwards.
 */
export async function saveToUpdateSeconds(
  server: DevServer,
  page: string,
  file: string,
  edit: (text: string) => string,
  marker: string,
): Promise<number> {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: CHROMIUM_ARGS,
  });
  const original = readFileSync(file, 'utf8');
  try {
    const tab = await browser.newPage();
    let lastNavigation = performance.now();
    tab.on('framenavigated', () => (lastNavigation = performance.now()));
    await tab.goto(new URL(page, server.origin).href, { waitUntil: 'load', timeout: 120_000 });
    // The dev server reloads a freshly opened tab once its content has synced, and Vite's
    // client connects its socket after each load: a save in between would go unseen, so
    // wait until the tab has stayed put for a while.
    while (performance.now() - lastNavigation < 2000) await sleep(100);
    const saved = performance.now();
    writeFileSync(file, edit(original));
    // The dev server may reload the tab: read its text anew every 20 ms, across reloads.
    while (performance.now() - saved < 60_000) {
      const text = await tab.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (text.includes(marker)) return (performance.now() - saved) / 1000;
      await sleep(20);
    }
    throw new Error(
      `${page} did not show the saved text within 60 s (the server's output is in its log file)`,
    );
  } finally {
    writeFileSync(file, original);
    await browser.close();
  }
}

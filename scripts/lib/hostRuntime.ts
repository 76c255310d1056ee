/**
 * What the helpers that serve the built site with a host's own local runtime share
 * (scripts/azure-serve.ts, scripts/cloudflare-serve.ts): each stages its own copy of the
 * build with the host configs a deploy would write, then runs the host's CLI in the
 * foreground, offline, on 127.0.0.1, and keeps everything the CLI prints in a log that
 * the tests read (a warning about the config fails them).
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, createWriteStream, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PagesHost } from '../../src/build/hosting/hostConfigs.ts';
import type { HostEnvironment } from '../../src/build/hosting/policy.ts';
import { hostEnvironment } from './hostEnvironment.ts';

export interface Stage {
  /** The copy of the build the host serves. */
  site: string;
  /** The host CLI's working folder: nothing in it but what the CLI writes there. */
  cwd: string;
  /** Everything the host printed. */
  log: string;
}

/** What a host serves: the site for one environment, or the visual editor's own site (`dist-editor`, whose configs the build wrote and no deploy rewrites). */
export type Served = HostEnvironment | 'editor';

/** `--env` of the host runtimes' scripts. */
export function servedKind(value: string | undefined): Served {
  return value === 'editor' ? value : hostEnvironment(value);
}

/**
 * `<work>/site`: a copy of the build whose host configs were rewritten for the environment
 * by `npm run hosting:environment`, exactly as a deploy does. The build itself stays as it
 * is: other servers serve it at the same time.
 */
export function stageSite(
  dir: string,
  work: string,
  environment: Served,
  pagesHost: PagesHost = 'cloudflare',
): Stage {
  const root = path.resolve(work);
  rmSync(root, { recursive: true, force: true });
  const site = path.join(root, 'site');
  const cwd = path.join(root, 'cwd');
  mkdirSync(cwd, { recursive: true });
  cpSync(path.resolve(dir), site, { recursive: true });
  if (environment === 'editor') return { site, cwd, log: path.join(root, 'serve.log') };
  const deployStep = fileURLToPath(new URL('../host-environment.ts', import.meta.url));
  const result = spawnSync(
    process.execPath,
    [deployStep, '--env', environment, '--host', pagesHost, '--dir', site],
    { stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error(`hosting:environment failed for ${site}`);
  return { site, cwd, log: path.join(root, 'serve.log') };
}

/** The JavaScript file behind an installed package's command. */
export function packageBin(name: string, command: string): string {
  const require = createRequire(import.meta.url);
  const manifest = require.resolve(`${name}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  return path.join(path.dirname(manifest), bin[command]!);
}

/** The switches common to every host CLI: no colours in the log, no update check, no prompt. */
export const QUIET_ENV = {
  NO_COLOR: '1',
  FORCE_COLOR: '0',
  NO_UPDATE_NOTIFIER: '1',
  DO_NOT_TRACK: '1',
};

/** Every process below `pid`, from `ps` (POSIX), children before grandchildren. */
function descendants(pid: number): number[] {
  const ps = spawnSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' });
  const children = new Map<number, number[]>();
  for (const line of (ps.stdout ?? '').trim().split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (child && parent && child !== ps.pid)
      children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const found: number[] = [];
  for (let queue = [pid]; queue.length > 0;) {
    const next = children.get(queue.shift()!) ?? [];
    found.push(...next);
    queue.push(...next);
  }
  return found;
}

/**
 * Runs a host CLI (a Node script, with this Node) until it exits or this process is asked
 * to stop; its output goes to the terminal and to the stage's log. The CLI and what it
 * starts stay in this process's group, so whoever stops the group (Playwright does) stops
 * them all; a signal to this process alone is passed to each of them (the SWA CLI leaves
 * its server running when it is stopped by itself).
 */
export function runHost(
  stage: Stage,
  script: string,
  args: string[],
  env: Record<string, string>,
): void {
  const log = createWriteStream(stage.log);
  const child = spawn(process.execPath, [script, ...args], {
    cwd: stage.cwd,
    // The CLI's own settings and state (wrangler's device id and dev registry…) stay in the
    // stage, not in the user's ~/.config.
    env: {
      ...process.env,
      ...QUIET_ENV,
      XDG_CONFIG_HOME: path.join(stage.cwd, 'config'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    log.write(chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => {
    process.stderr.write(chunk);
    log.write(chunk);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => {
      for (const pid of descendants(process.pid)) {
        try {
          process.kill(pid, signal);
        } catch {
          // Already gone.
        }
      }
    });
  child.on('exit', (code, signal) => log.end(() => process.exit(code ?? (signal ? 1 : 0))));
}

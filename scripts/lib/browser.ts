/**
 * Finds a Chromium for Playwright and pa11y, in this order: CHROMIUM_PATH, Playwright's
 * own download (if someone installed one), Debian's /usr/bin/chromium. Where none exists
 * and we are root on Debian, installs Debian's package; otherwise stops with one line.
 * No test ever skips for want of a browser.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Without these, Chromium phones home at start and this network refuses it, loudly. */
export const CHROMIUM_ARGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
];

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

async function playwrightChromium(): Promise<string | undefined> {
  try {
    const { chromium } = await import('@playwright/test');
    const candidate = chromium.executablePath();
    return candidate && existsSync(candidate) ? candidate : undefined;
  } catch {
    return undefined;
  }
}

function installDebianChromium(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get'))
    return false;
  console.log('No Chromium found: installing Debian\'s "chromium" package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium'], {
    stdio: 'inherit',
    env,
  });
  return SYSTEM_CHROMIUM.some((candidate) => existsSync(candidate));
}

export async function findChromium({ install = true } = {}): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv))
      throw new Error(`CHROMIUM_PATH points to ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const own = await playwrightChromium();
  if (own) return own;
  const system = SYSTEM_CHROMIUM.find((candidate) => existsSync(candidate));
  if (system) return system;
  if (install && installDebianChromium()) return findChromium({ install: false });
  throw new Error(
    'No Chromium found: install one (Debian: "sudo apt-get install chromium"; elsewhere: "npx playwright install chromium") or set CHROMIUM_PATH.',
  );
}

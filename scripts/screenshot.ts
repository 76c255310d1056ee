/**
 * Screenshots of the built site for the README and the editor guide:
 * `node scripts/screenshot.ts [--dir dist] [--out docs/screenshots] [path=name …]`.
 * Without paths it takes the English home page (docs/screenshots/home.png).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './lib/browser.ts';
import { createSiteServer, listen } from './lib/staticServer.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screenshots' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    dark: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
  },
});

const shots = (positionals.length > 0 ? positionals : ['/en/=home']).map((arg) => {
  const [urlPath = '/', name = 'page'] = arg.split('=');
  return { urlPath, name };
});

const server = createSiteServer({ dir: values.dir });
// Port 0: the system picks a free one, so this never collides with the test servers (4411–4450).
const origin = await listen(server, 0);
const browser = await chromium.launch({
  executablePath: await findChromium(),
  args: CHROMIUM_ARGS,
});
try {
  const context = await browser.newContext({
    viewport: { width: Number(values.width), height: Number(values.height) },
    colorScheme: values.dark ? 'dark' : 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  mkdirSync(values.out, { recursive: true });
  for (const shot of shots) {
    await page.goto(new URL(shot.urlPath, origin).href, { waitUntil: 'networkidle' });
    const file = path.join(values.out, `${shot.name}.png`);
    await page.screenshot({ path: file, fullPage: values.full });
    console.log(`${shot.urlPath} → ${file}`);
  }
} finally {
  await browser.close();
  server.close();
}

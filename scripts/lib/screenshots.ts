/**
 * Screenshots of a built site, for `npm run screenshot` and `npm run docs:screenshots`, or of
 * a running server (the editor guide's walkthrough shoots `npm run dev`).
 * The site is served on a port the system picks, so a run never collides with the test
 * servers' fixed ports (4411–4450). Pictures are written as palette PNGs: the site's flat
 * colours survive 256 of them, and the files are committed, so they should stay small.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { CHROMIUM_ARGS, findChromium } from './browser.ts';
import { createSiteServer, listen } from './staticServer.ts';

export interface Shot {
  /** The page's address on the site, e.g. `/en/`. */
  urlPath: string;
  /** The file's name in the output folder, without `.png`. */
  name: string;
  width: number;
  height: number;
  colorScheme: 'light' | 'dark';
  /** The whole page rather than the first screen (`height` tall). */
  fullPage: boolean;
}

export async function takeScreenshots(dir: string, out: string, shots: Shot[]): Promise<void> {
  const server = createSiteServer({ dir });
  const origin = await listen(server, 0);
  try {
    await shootPages(origin, out, shots);
  } finally {
    server.close();
  }
}

/** Screenshots of pages a running server (a built site, `npm run dev`) serves at `origin`. */
export async function shootPages(origin: string, out: string, shots: Shot[]): Promise<void> {
  const browser = await chromium.launch({
    executablePath: await findChromium(),
    args: CHROMIUM_ARGS,
  });
  try {
    mkdirSync(out, { recursive: true });
    for (const shot of shots) {
      const context = await browser.newContext({
        viewport: { width: shot.width, height: shot.height },
        colorScheme: shot.colorScheme,
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(new URL(shot.urlPath, origin).href, { waitUntil: 'networkidle' });
      const file = path.join(out, `${shot.name}.png`);
      // No dithering: it would speckle text and flat areas, and compress worse.
      await sharp(await page.screenshot({ fullPage: shot.fullPage }))
        .png({ palette: true, dither: 0, compressionLevel: 9, effort: 10 })
        .toFile(file);
      console.log(`${shot.urlPath} (${shot.width} px, ${shot.colorScheme}) → ${file}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
}

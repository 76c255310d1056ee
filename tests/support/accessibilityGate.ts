/**
 * The accessibility gate for one page: axe with the WCAG 2.2 rules in the light colour
 * scheme at a phone's 390 CSS pixels and in the dark one at 320, no horizontal scrolling
 * at 320 CSS pixels (WCAG's reflow width), and no request to another origin. The
 * accessibility statement claims exactly this (src/lib/accessibilityStatement.ts).
 */
import { expect, test, type Browser } from '@playwright/test';
import { wcagViolations } from './axe.ts';

const SCHEMES = [
  { colorScheme: 'light', width: 390, height: 844 },
  { colorScheme: 'dark', width: 320, height: 640 },
] as const;

async function open(browser: Browser, path: string, scheme: (typeof SCHEMES)[number]) {
  const context = await browser.newContext({
    colorScheme: scheme.colorScheme,
    reducedMotion: 'reduce',
    viewport: { width: scheme.width, height: scheme.height },
  });
  const page = await context.newPage();
  const origin = new URL(test.info().project.use.baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
  });
  // Arriving from within the site, as the root chooser's script then lets a visitor stay on it.
  await page.goto(path, { referer: new URL('/en/', test.info().project.use.baseURL).href });
  return { context, page, foreign };
}

/** Declares the gate's test for each path, against the project's base URL. */
export function accessibilityGate(paths: readonly string[]): void {
  for (const path of paths) {
    test(`${path} has no WCAG 2.2 AA violation in light mode at 390 px and dark mode at 320 px, does not scroll sideways at 320 px and loads nothing from other origins`, async ({
      browser,
    }) => {
      for (const scheme of SCHEMES) {
        const { context, page, foreign } = await open(browser, path, scheme);
        const where = `${scheme.colorScheme}, ${scheme.width} px`;
        expect(await wcagViolations(page), where).toEqual([]);
        // The site loads nothing from anyone else: no fonts, trackers or CDNs.
        expect(foreign, `requests to other origins (${where})`).toEqual([]);
        if (scheme.width === 320) {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          );
          expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
        }
        await context.close();
      }
    });
  }
}

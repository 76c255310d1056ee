/**
 * Every page of the built site (from its sitemap, plus the 404s and the root chooser):
 * axe with the WCAG 2.2 rules in the dark colour scheme (pa11y covers the light one with
 * axe and HTML_CodeSniffer, but its axe runs no WCAG 2.2 rules), no horizontal
 * scrolling at 320 CSS pixels, and no request to another origin.
 */
import { expect, test } from '@playwright/test';
import { allViews } from '../support/pages.ts';
import { wcagViolations } from '../support/axe.ts';

const paths = allViews('dist');

for (const path of paths) {
  test(`${path} has no WCAG 2.2 AA violation in dark mode, fits 320 px and loads nothing from other origins`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ colorScheme: 'dark', reducedMotion: 'reduce' });
    const page = await context.newPage();
    const origin = new URL(test.info().project.use.baseURL!).origin;
    const foreign: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.protocol !== 'data:' && url.origin !== origin) foreign.push(request.url());
    });
    // Arriving from within the site, as the root chooser's script then lets a visitor stay on it.
    await page.goto(path, { referer: new URL('/en/', test.info().project.use.baseURL).href });
    expect(await wcagViolations(page)).toEqual([]);
    // The site loads nothing from anyone else: no fonts, trackers or CDNs.
    expect(foreign, 'requests to other origins').toEqual([]);

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, 'horizontal scroll at 320 px').toBeLessThanOrEqual(0);
    await context.close();
  });
}

/**
 * Pages whose scripts add controls (the alerts chooser, the jobs filters, the search form,
 * the posting's save and share buttons) keep still while the scripts run: the controls are
 * there from the first paint when scripting is on (CSS .js-only hides them when it is off),
 * so nothing the visitor is reading is pushed down. Measured as the browser does for
 * Cumulative Layout Shift, on a phone, in every language.
 */
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/config.ts';
import { pathFor } from '../../src/i18n/routes.ts';

const PAGES = [
  {
    name: 'job alerts',
    path: (locale: (typeof LOCALES)[number]) => pathFor(locale, { kind: 'alerts' }),
  },
  {
    name: 'jobs list',
    path: (locale: (typeof LOCALES)[number]) => pathFor(locale, { kind: 'jobs' }),
  },
  {
    name: 'search',
    path: (locale: (typeof LOCALES)[number]) => pathFor(locale, { kind: 'search' }),
  },
];

test.use({ viewport: { width: 390, height: 844 } });

for (const locale of LOCALES) {
  for (const { name, path } of PAGES) {
    test(`the ${locale} ${name} page does not move while its script runs`, async ({ page }) => {
      await page.goto(path(locale), { waitUntil: 'networkidle' });
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const entry of list.getEntries() as (PerformanceEntry & {
                value: number;
                hadRecentInput: boolean;
              })[])
                if (!entry.hadRecentInput) total += entry.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      // Lighthouse counts 0.1 as the most a good page shifts; these pages should not at all.
      expect(shift).toBeLessThan(0.01);
    });
  }
}

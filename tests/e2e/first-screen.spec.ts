/**
 * The home page's first screen on a 390 × 844 phone shows the picture and, below it, the
 * whole link of the first open posting: someone who came for a job sees one without
 * scrolling, in every language and colour scheme (this build has the development banner,
 * which a production page hides, so it is the tallest first screen there is). At 320 px,
 * WCAG's reflow width, nothing scrolls sideways.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n/config.ts';

const PHONE = { width: 390, height: 844 };
const SCHEMES = ['light', 'dark'] as const;

const picture = (page: Page) => page.locator('[data-home-picture]');
const firstPostingLink = (page: Page) =>
  page.locator('[data-posting]').first().getByRole('heading').getByRole('link');

for (const locale of LOCALES) {
  for (const colorScheme of SCHEMES) {
    test(`${locale}, ${colorScheme}: on a 390 × 844 phone the first open posting's link is in the first screen, below the picture`, async ({
      page,
    }) => {
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${locale}/`);

      // The picture is decoration: hidden from assistive technology, and drawn.
      await expect(picture(page)).toHaveAttribute('alt', '');
      await expect(picture(page)).toHaveAttribute('aria-hidden', 'true');
      expect(
        await picture(page).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth),
      ).toBeGreaterThan(0);

      const art = (await picture(page).boundingBox())!;
      const link = (await firstPostingLink(page).boundingBox())!;
      // A strip, not a poster: the picture costs the first screen at most 100 px.
      expect(art.height, 'picture height').toBeLessThanOrEqual(100);
      expect(art.y + art.height, 'picture ends above the posting').toBeLessThanOrEqual(link.y);
      expect(link.y, 'link top').toBeGreaterThanOrEqual(0);
      expect(link.x, 'link start').toBeGreaterThanOrEqual(0);
      expect(link.x + link.width, 'link end').toBeLessThanOrEqual(PHONE.width);
      expect(link.y + link.height, 'link bottom').toBeLessThanOrEqual(PHONE.height);
    });
  }

  test(`${locale}: the home page does not scroll sideways at 320 px, light or dark`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const colorScheme of SCHEMES) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/${locale}/`);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, `horizontal scroll at 320 px (${colorScheme})`).toBeLessThanOrEqual(0);
    }
  });
}

import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { type Locale } from '../../src/i18n/config.ts';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';
import { entry } from '../support/content.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LOCALES } from '../support/servers.ts';

const ID = 'fixture-data-intern';
const postingPath = (locale: Locale) =>
  `/${locale}/${SEGMENTS.jobs[locale]}/${entry('postings', ID, locale, FIXTURE_CONTENT_DIR).slug}/`;

for (const locale of FIXTURE_LOCALES) {
  test(`the ${locale} flyer opens from its posting, alone on the page, and its QR code decodes to the posting URL tagged utm_source=qr`, async ({
    page,
  }) => {
    await page.goto(postingPath(locale));
    const flyer = page.locator('[data-flyer]');
    await expect(flyer).toBeHidden();
    await page.getByRole('link', { name: SHOWN_STRINGS[locale]['flyer.link']! }).click();
    expect(new URL(page.url()).pathname).toBe(postingPath(locale));
    expect(new URL(page.url()).hash).toBe('#flyer');
    await expect(flyer).toBeVisible();
    await expect(flyer.getByRole('heading', { level: 2 })).toHaveText(
      String(entry('postings', ID, locale, FIXTURE_CONTENT_DIR).title),
    );
    // Nothing but the flyer: no site header, no posting text, no Apply button.
    await expect(page.locator('body > header')).toBeHidden();
    await expect(page.locator('[data-posting-page]')).toBeHidden();

    // The code is an image of its own, fetched once the flyer shows.
    const qr = page.locator('img[data-qr]');
    await expect(qr).toHaveJSProperty('complete', true);
    expect(await qr.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
    const png = PNG.sync.read(await qr.screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code, 'a readable QR code').not.toBeNull();
    const target = new URL(code!.data);
    expect(target.href).toBe(
      `http://localhost:4321${postingPath(locale)}?utm_source=qr&utm_medium=print&utm_campaign=${ID}`,
    );

    // Back to the posting, as it was.
    await page.getByRole('link', { name: SHOWN_STRINGS[locale]['flyer.back']! }).click();
    await expect(flyer).toBeHidden();
    await expect(page.locator('[data-posting-page]')).toBeVisible();
  });
}

test('a flyer link opens on the flyer: the first paint is the flyer, not the posting, and nothing scrolls', async ({
  page,
}) => {
  await page.goto(`${postingPath('es')}#flyer`);
  // Each largest paint the browser recorded, in order, and whether it was in the flyer.
  const paints = await page.evaluate(
    () =>
      new Promise<boolean[]>((resolve) => {
        const inFlyer: boolean[] = [];
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            element: Element | null;
          })[])
            inFlyer.push(entry.element?.closest('[data-flyer]') != null);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
        setTimeout(() => resolve(inFlyer), 1000);
      }),
  );
  expect(paints.length).toBeGreaterThan(0);
  expect(paints.every(Boolean), 'every largest paint was in the flyer').toBe(true);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await expect(page.locator('[data-posting-page]')).toBeHidden();

  // Back to the posting and forward again with the browser's own buttons.
  await page.getByRole('link', { name: SHOWN_STRINGS.es['flyer.back']! }).click();
  await expect(page.locator('[data-posting-page]')).toBeVisible();
  await page.goBack();
  await expect(page.locator('[data-flyer]')).toBeVisible();
  await expect(page.locator('[data-posting-page]')).toBeHidden();
  await page.goForward();
  await expect(page.locator('[data-flyer]')).toBeHidden();
});

test('the flyer works without JavaScript and prints on one A4 sheet without the site navigation', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${postingPath('fr')}#flyer`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('[data-flyer]')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  // One page: a flyer that spills onto a second sheet is no flyer.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  await context.close();
});

test('printing the posting itself prints the posting, not the flyer', async ({ page }) => {
  await page.goto(postingPath('en'));
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-posting-page]')).toBeVisible();
  await expect(page.locator('[data-flyer]')).toBeHidden();
});

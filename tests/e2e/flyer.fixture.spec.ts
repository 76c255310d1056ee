import { expect, test } from '@playwright/test';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { LOCALES, type Locale } from '../../src/i18n/config.ts';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { DICTIONARIES } from '../../src/i18n/translations.ts';
import { entry } from '../support/content.ts';
import { FIXTURE_CONTENT_DIR } from '../support/servers.ts';

const ID = 'fixture-data-intern';
const postingPath = (locale: Locale) => `/${locale}/${SEGMENTS.jobs[locale]}/${entry('postings', ID, locale, FIXTURE_CONTENT_DIR).slug}/`;

for (const locale of LOCALES) {
  test(`the ${locale} flyer's QR code decodes to the posting URL tagged utm_source=qr`, async ({ page }) => {
    await page.goto(postingPath(locale));
    await page.getByRole('link', { name: DICTIONARIES[locale]['flyer.link']! }).click();
    expect(new URL(page.url()).pathname).toBe(`${postingPath(locale)}${SEGMENTS.flyer[locale]}/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(entry('postings', ID, locale, FIXTURE_CONTENT_DIR).title));

    const png = PNG.sync.read(await page.locator('[data-qr]').screenshot());
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code, 'a readable QR code').not.toBeNull();
    const target = new URL(code!.data);
    expect(target.href).toBe(`http://localhost:4321${postingPath(locale)}?utm_source=qr&utm_medium=print&utm_campaign=${ID}`);
  });
}

test('the flyer prints on A4 without the site navigation', async ({ page }) => {
  await page.goto(`${postingPath('fr')}${SEGMENTS.flyer.fr}/`);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('body > header')).toBeHidden();
  await expect(page.locator('[data-flyer]')).toBeVisible();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  // One page: a flyer that spills onto a second sheet is no flyer.
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
});

/**
 * On a 390 px phone the header is one row (at most 120 px of the first screen): logo,
 * languages and a Menu button that shows the sections, by keyboard too and without
 * JavaScript (it is a <details>). From 640 px on, the sections are always shown. At 320 px
 * the row may wrap, but no language name or Menu breaks inside a word.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n/config.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';

const PHONE = { width: 390, height: 844 };

const sections = (page: Page, locale: (typeof LOCALES)[number]) =>
  page.getByRole('navigation', { name: SHOWN_STRINGS[locale]['nav.label']! });

for (const locale of LOCALES) {
  test(`${locale}: on a phone the header takes one row, and Menu opens the sections from the keyboard`, async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/${locale}/`);
    const header = await page.locator('header').boundingBox();
    expect(header!.height, 'header height at 390 px').toBeLessThanOrEqual(120);
    await expect(sections(page, locale)).toBeHidden();
    // The site's name is still the home link's name for screen readers.
    await expect(
      page.getByRole('link', { name: SHOWN_STRINGS[locale]['site.name']!, exact: true }),
    ).toBeVisible();

    const menu = page.locator('header summary');
    await expect(menu).toHaveText(SHOWN_STRINGS[locale]['nav.menu']!);
    await menu.focus();
    await page.keyboard.press('Enter');
    await expect(sections(page, locale)).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(
      sections(page, locale).getByRole('link', {
        name: SHOWN_STRINGS[locale]['nav.jobs']!,
        exact: true,
      }),
    ).toBeFocused();
  });
}

test('without JavaScript the Menu still opens the sections', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: PHONE });
  const page = await context.newPage();
  await page.goto('/es/');
  await page.locator('header summary').click();
  await expect(sections(page, 'es')).toBeVisible();
  await context.close();
});

test('from 640 px on there is no Menu and the sections are always shown', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto('/fr/');
  await expect(page.locator('header summary')).toBeHidden();
  await expect(sections(page, 'fr')).toBeVisible();
});

/** Lines a element's text takes: more than one means a word or a name broke across lines. */
const textLines = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((elements) =>
    elements.map((element) => {
      const range = document.createRange();
      range.selectNodeContents(element);
      const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
      return { text: element.textContent?.trim() ?? '', lines: tops.size };
    }),
  );

for (const locale of LOCALES) {
  test(`${locale}: at 320 px every other language is one tap away and no name breaks inside a word`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(`/${locale}/`);
    const languages = page.getByRole('navigation', {
      name: SHOWN_STRINGS[locale]['lang.label']!,
    });
    for (const other of LOCALES.filter((l) => l !== locale))
      await expect(languages.locator(`a[hreflang="${other}"]`)).toBeVisible();
    const names = await textLines(page, 'header a[hreflang], header summary');
    expect(names.length).toBe(LOCALES.length);
    for (const name of names) expect(name.lines, name.text).toBe(1);
  });
}

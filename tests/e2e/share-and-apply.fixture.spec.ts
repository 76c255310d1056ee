import { expect, test } from '@playwright/test';
import { SHOWN_STRINGS } from '../support/i18n.ts';

const POSTING = '/es/empleos/fixture-practicas-datos/';
const APPLY = 'https://apply.example.org/fixture-data-intern';
const t = SHOWN_STRINGS.es;

test('UTM and referral parameters of the landing URL reach every Apply link', async ({ page }) => {
  await page.goto(`${POSTING}?utm_source=linkedin&utm_medium=social&gh_src=g1&ref=fair&other=drop`);
  for (const link of await page.locator('a[data-apply]').all()) {
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(APPLY);
    expect(Object.fromEntries(href.searchParams)).toEqual({
      utm_source: 'linkedin',
      utm_medium: 'social',
      gh_src: 'g1',
      ref: 'fair',
    });
  }
});

test('a crafted utm_source injects nothing into the page', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const payload = '"><script>alert(1)</script><img src=x onerror=alert(2)>';
  await page.goto(`${POSTING}?utm_source=${encodeURIComponent(payload)}`);
  await expect(page.locator('a[data-apply]').first()).toBeVisible();
  expect(dialogs).toEqual([]);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  const href = new URL((await page.locator('a[data-apply]').first().getAttribute('href'))!);
  expect(href.searchParams.get('utm_source')).toBe(payload);
});

test('without JavaScript Apply is the plain link and sharing is plain links', async ({
  browser,
}) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${POSTING}?utm_source=linkedin`);
  await expect(page.locator('a[data-apply]').first()).toHaveAttribute('href', APPLY);
  await expect(page.locator('[data-share-channel]')).toHaveCount(4);
  await expect(page.getByRole('button', { name: t['share.copy']! })).toBeHidden();
  await context.close();
});

test('each share channel link carries its own utm_source', async ({ page }) => {
  await page.goto(POSTING);
  for (const channel of ['linkedin', 'x', 'whatsapp', 'email']) {
    const href = await page.locator(`[data-share-channel="${channel}"]`).getAttribute('href');
    expect(decodeURIComponent(href!), channel).toContain(`utm_source=${channel}`);
  }
});

test('copy link puts the tagged URL on the clipboard and confirms it visibly and to screen readers', async ({
  page,
  context,
  baseURL,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
  await page.goto(POSTING);
  await page.getByRole('button', { name: t['share.copy']! }).click();
  const status = page.locator('[data-share-bar] [role="status"]');
  await expect(status).toHaveText(t['share.copied']!);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('/es/empleos/fixture-practicas-datos/?utm_source=copy_link');
});

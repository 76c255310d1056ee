/**
 * What a first visitor and a shared link meet at the edges of the site: the root chooser
 * previews like any page, "not found" pages name no canonical address, the root page is
 * one well-formed document, and the alerts page shows a whole feed address without script.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { LOCALES } from '../../src/i18n/config.ts';
import { pathFor } from '../../src/i18n/routes.ts';

const SITE = 'http://localhost:4321';

test('sharing the bare domain shows a preview: title, description and a 1200×630 image', async ({
  request,
}) => {
  // The chooser as Azure and Cloudflare serve it at / (the local server, like nginx, redirects
  // by Accept-Language), read as a link-preview crawler does: the HTML, running no script.
  const html = readFileSync('dist/index.html', 'utf8');
  const meta = (attribute: string) =>
    new RegExp(`<meta ${attribute} content="([^"]*)"`).exec(html)?.[1];
  const title = /<title>([^<]*)<\/title>/.exec(html)?.[1];
  expect(title).toBeTruthy();
  expect(meta('property="og:title"')).toBe(title);
  expect(meta('property="og:description"')).toBe(meta('name="description"'));
  expect(meta('property="og:url"')).toBe(`${SITE}/`);
  expect(meta('name="twitter:card"')).toBe('summary_large_image');
  const image = new URL(meta('property="og:image"')!);
  expect(image.origin).toBe(SITE);
  const png = PNG.sync.read(await (await request.get(image.pathname)).body());
  expect([png.width, png.height]).toEqual([1200, 630]);
});

test('"not found" pages name no canonical address', () => {
  for (const file of [
    'dist/404.html',
    ...LOCALES.map((locale) => `dist/${locale}/404/index.html`),
  ]) {
    const html = readFileSync(file, 'utf8');
    expect(html, file).not.toContain('rel="canonical"');
    expect(html, file).not.toContain('property="og:url"');
  }
});

test('the root page is one document: nothing after </html>', () => {
  expect(readFileSync('dist/index.html', 'utf8').trimEnd().endsWith('</html>')).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of LOCALES) {
    test(`the ${locale} alerts page shows a whole feed address, ready to copy`, async ({
      page,
    }) => {
      await page.goto(pathFor(locale, { kind: 'alerts' }));
      expect(await page.locator('[data-alert-url]').inputValue()).toBe(`${SITE}/${locale}/rss.xml`);
    });
  }
});

/**
 * Frontmatter is text, never markup: a fixture posting whose title and summary hold
 * HTML and a script is shown literally on every page, in JSON-LD, in the feeds and in
 * its preview image, and its unbreakable word does not widen the page at 320 px.
 */
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { entry } from '../support/content.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LOCALES } from '../support/servers.ts';

for (const locale of FIXTURE_LOCALES) {
  const title = String(entry('postings', 'fixture-markup', locale, FIXTURE_CONTENT_DIR).title);
  const posting = `/${locale}/${SEGMENTS.jobs[locale]}/fixture-markup/`;

  test(`markup in ${locale} frontmatter is shown as text everywhere and runs nothing`, async ({
    page,
    request,
  }) => {
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    for (const path of [`/${locale}/${SEGMENTS.jobs[locale]}/`, `/${locale}/`, posting]) {
      await page.goto(path);
      await expect(page.getByText(title).first()).toBeVisible();
      await expect(page.locator('main b')).toHaveCount(0);
      await expect(page.locator('img[src="x"]')).toHaveCount(0);
    }
    await expect(page.locator('h1')).toHaveText(title);
    await expect(page).toHaveTitle(
      new RegExp(title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
    );
    expect(dialogs).toEqual([]);

    const jsonLd = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (block) => JSON.parse(block) as { '@type': string; title?: string },
    );
    expect(jsonLd.find((item) => item['@type'] === 'JobPosting')?.title).toBe(title);

    const feed = (await (await request.get(`/${locale}/feed.json`)).json()) as {
      items: { title: string }[];
    };
    expect(feed.items.map((item) => item.title)).toContain(title);
    const rss = await (await request.get(`/${locale}/rss.xml`)).text();
    const parsed = await page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      return doc.querySelector('parsererror')
        ? null
        : [...doc.querySelectorAll('item > title')].map((t) => t.textContent);
    }, rss);
    expect(parsed).toContain(title);

    const image = await request.get(
      new URL((await page.locator('meta[property="og:image"]').getAttribute('content'))!).pathname,
    );
    const png = PNG.sync.read(await image.body());
    expect([png.width, png.height]).toEqual([1200, 630]);
  });

  test(`an unbreakable word in a ${locale} title does not widen the page at 320 px`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    for (const path of [posting, `/${locale}/${SEGMENTS.jobs[locale]}/`]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
}

/**
 * The job feeds per locale, on the fixture site (three open postings, one closed): each
 * format parses and lists exactly the open postings of its language, and every page
 * advertises them.
 */
import { expect, test } from '@playwright/test';
import { entry } from '../support/content.ts';
import { xmlTitles } from '../support/feeds.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LOCALES } from '../support/servers.ts';

const OPEN = ['fixture-platform-engineer', 'fixture-data-intern', 'fixture-markup'];

for (const locale of FIXTURE_LOCALES) {
  const expected = OPEN.map((id) =>
    String(entry('postings', id, locale, FIXTURE_CONTENT_DIR).title),
  ).sort();

  test(`the ${locale} RSS and Atom feeds are valid XML listing exactly the open postings`, async ({
    page,
    request,
  }) => {
    await page.goto(`/${locale}/`);
    const rss = await request.get(`/${locale}/rss.xml`);
    expect(rss.status()).toBe(200);
    expect((await xmlTitles(page, await rss.text(), 'item')).sort()).toEqual(expected);
    const atom = await request.get(`/${locale}/atom.xml`);
    expect((await xmlTitles(page, await atom.text(), 'entry')).sort()).toEqual(expected);
  });

  test(`the ${locale} JSON Feed lists exactly the open postings`, async ({ request }) => {
    const feed = (await (await request.get(`/${locale}/feed.json`)).json()) as {
      version: string;
      language: string;
      items: { title: string; url: string }[];
    };
    expect(feed.version).toMatch(/^https:\/\/jsonfeed.org\/version\/1/);
    expect(feed.items.map((item) => item.title).sort()).toEqual(expected);
    for (const item of feed.items) expect(item.url).toMatch(new RegExp(`/${locale}/`));
  });

  test(`every ${locale} page advertises the ${locale} feeds`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('head link[type="application/rss+xml"]')).toHaveAttribute(
      'href',
      `/${locale}/rss.xml`,
    );
    await expect(page.locator('head link[type="application/atom+xml"]')).toHaveAttribute(
      'href',
      `/${locale}/atom.xml`,
    );
  });
}

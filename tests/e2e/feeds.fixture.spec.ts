/**
 * The job feeds per locale, on the fixture site (three open postings, one closed): each
 * format parses and lists exactly the open postings of its language, and every page
 * advertises them.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n/config.ts';
import { entry } from '../support/content.ts';
import { FIXTURE_CONTENT_DIR } from '../support/servers.ts';

const OPEN = ['fixture-platform-engineer', 'fixture-data-intern', 'fixture-markup'];

/** Parses XML in the browser (a real XML parser) and returns the item or entry titles. */
async function xmlTitles(page: Page, xml: string, itemTag: string): Promise<string[]> {
  return page.evaluate(
    ([text, tag]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror')) throw new Error(`Not well-formed XML: ${doc.querySelector('parsererror')?.textContent}`);
      return [...doc.getElementsByTagName(tag)].map((item) => item.getElementsByTagName('title')[0]?.textContent ?? '');
    },
    [xml, itemTag] as const,
  );
}

for (const locale of LOCALES) {
  const expected = OPEN.map((id) => String(entry('postings', id, locale, FIXTURE_CONTENT_DIR).title)).sort();

  test(`the ${locale} RSS and Atom feeds are valid XML listing exactly the open postings`, async ({ page, request }) => {
    await page.goto(`/${locale}/`);
    const rss = await request.get(`/${locale}/rss.xml`);
    expect(rss.status()).toBe(200);
    expect((await xmlTitles(page, await rss.text(), 'item')).sort()).toEqual(expected);
    const atom = await request.get(`/${locale}/atom.xml`);
    expect((await xmlTitles(page, await atom.text(), 'entry')).sort()).toEqual(expected);
  });

  test(`the ${locale} JSON Feed lists exactly the open postings`, async ({ request }) => {
    const feed = (await (await request.get(`/${locale}/feed.json`)).json()) as { version: string; language: string; items: { title: string; url: string }[] };
    expect(feed.version).toMatch(/^https:\/\/jsonfeed.org\/version\/1/);
    expect(feed.items.map((item) => item.title).sort()).toEqual(expected);
    for (const item of feed.items) expect(item.url).toMatch(new RegExp(`/${locale}/`));
  });

  test(`every ${locale} page advertises the ${locale} feeds`, async ({ page }) => {
    await page.goto(`/${locale}/`);
    await expect(page.locator('head link[type="application/rss+xml"]')).toHaveAttribute('href', `/${locale}/rss.xml`);
    await expect(page.locator('head link[type="application/atom+xml"]')).toHaveAttribute('href', `/${locale}/atom.xml`);
  });
}

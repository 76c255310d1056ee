/**
 * The site on a day when every posting has closed (the fixture content built with
 * CAREERS_TODAY after the last closing date): a friendly empty state in each language
 * that points to job alerts, and feeds that are still valid, just empty.
 */
import { FIXTURE_LOCALES } from '../support/servers.ts';
import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/i18n/routes.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';
import { xmlTitles } from '../support/feeds.ts';
import { wcagViolations } from '../support/axe.ts';

for (const locale of FIXTURE_LOCALES) {
  const t = SHOWN_STRINGS[locale];

  test(`with nothing open, the ${locale} jobs list and home page say so and offer job alerts`, async ({
    page,
  }) => {
    for (const path of [pathFor(locale, { kind: 'jobs' }), pathFor(locale, { kind: 'home' })]) {
      await page.goto(path);
      await expect(page.getByText(t['jobs.none']!), path).toBeVisible();
      await expect(page.locator('main [data-posting]'), path).toHaveCount(0);
      await page.getByRole('link', { name: t['jobs.noneAlerts']! }).click();
      await expect(page).toHaveURL(new RegExp(`${pathFor(locale, { kind: 'alerts' })}$`));
    }
    await page.goto(pathFor(locale, { kind: 'jobs' }));
    expect(await wcagViolations(page)).toEqual([]);
  });

  test(`with nothing open, the ${locale} feeds are still valid, dated and empty`, async ({
    page,
    request,
  }) => {
    await page.goto(pathFor(locale, { kind: 'home' }));
    for (const base of [`/${locale}`, `/${locale}/feeds/type-intern`]) {
      const rss = await request.get(`${base}/rss.xml`);
      expect(rss.status()).toBe(200);
      const rssText = await rss.text();
      expect(await xmlTitles(page, rssText, 'item'), `${base}/rss.xml`).toEqual([]);
      expect(rssText).toMatch(/<lastBuildDate>[^<]+<\/lastBuildDate>/);
      const atomText = await (await request.get(`${base}/atom.xml`)).text();
      expect(await xmlTitles(page, atomText, 'entry'), `${base}/atom.xml`).toEqual([]);
      expect(atomText).toMatch(/<updated>\d{4}-\d{2}-\d{2}T/);
      const json = (await (await request.get(`${base}/feed.json`)).json()) as {
        version: string;
        title: string;
        items: unknown[];
      };
      expect(json.version).toMatch(/^https:\/\/jsonfeed.org\/version\/1/);
      expect(json.title.length).toBeGreaterThan(0);
      expect(json.items).toEqual([]);
    }
  });
}

/**
 * Job alerts on the real site, which has no subscription endpoint configured: feeds
 * only, no email form, and the feed list works without JavaScript.
 */
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/config.ts';
import { pathFor } from '../../src/i18n/routes.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';

for (const locale of LOCALES) {
  const t = SHOWN_STRINGS[locale];

  test(`without a subscription endpoint the ${locale} alerts page renders no email form`, async ({
    page,
  }) => {
    await page.goto(pathFor(locale, { kind: 'alerts' }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['alerts.title']!);
    await expect(page.locator('input[type="email"]')).toHaveCount(0);
    await expect(page.getByRole('checkbox')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: t['alerts.subscribeHeading']! })).toHaveCount(0);
  });

  test(`without JavaScript the ${locale} alerts page still lists every alert feed, and each link is a feed`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(pathFor(locale, { kind: 'alerts' }));
    await expect(page.getByLabel(t['alerts.interest']!)).toBeHidden();
    const links = await page
      .locator('main a[href$="/rss.xml"]')
      .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    expect(links).toContain(`/${locale}/rss.xml`);
    expect(links).toContain(`/${locale}/feeds/type-intern/rss.xml`);
    expect(links).toContain(`/${locale}/feeds/team-it-engineering/rss.xml`);
    for (const href of links) {
      const response = await page.request.get(href);
      expect(response.status(), href).toBe(200);
      expect(await response.text(), href).toContain('<rss');
    }
    await context.close();
  });
}

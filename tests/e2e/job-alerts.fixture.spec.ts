/**
 * Job alerts by interest on the fixture site (built with a subscription endpoint): the
 * "Interested in" chooser gives the feed of each team and type of contract, each such
 * feed lists exactly the matching open postings, and the email form posts to the
 * endpoint only with the visitor's consent.
 */
import { expect, test } from '@playwright/test';
import { wcagViolations } from '../support/axe.ts';
import { type Locale } from '../../src/i18n/config.ts';
import { pathFor } from '../../src/i18n/routes.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';
import { dataFile, entry } from '../support/content.ts';
import { xmlTitles } from '../support/feeds.ts';
import {
  FIXTURE_ALERTS_ENDPOINT,
  FIXTURE_CONTENT_DIR,
  FIXTURE_LOCALES,
} from '../support/servers.ts';

/** What the fixture content holds: the closed analyst (full time, data analytics) is in no feed. */
const EXPECTED: Record<string, string[]> = {
  'team-it-engineering': ['fixture-platform-engineer', 'fixture-markup'],
  'team-data-analytics': ['fixture-data-intern'],
  'type-full-time': ['fixture-platform-engineer'],
  'type-intern': ['fixture-data-intern'],
  'type-temporary': ['fixture-markup'],
  'type-part-time': [],
  'type-contractor': [],
  'type-volunteer': [],
  'type-per-diem': [],
  'type-other': [],
};

const alertsPath = (locale: Locale) => pathFor(locale, { kind: 'alerts' });
const title = (id: string, locale: Locale) =>
  String(entry('postings', id, locale, FIXTURE_CONTENT_DIR).title);
const teams = dataFile<{ id: string; name: Record<Locale, string> }[]>(
  'teams.yaml',
  FIXTURE_CONTENT_DIR,
);

test('the alerts page offers a feed for every team and every type of contract, and no other', async ({
  page,
}) => {
  await page.goto(alertsPath('en'));
  const values = await page
    .locator('#alert-interest option')
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(values.sort()).toEqual(
    ['/en/rss.xml', ...Object.keys(EXPECTED).map((id) => `/en/feeds/${id}/rss.xml`)].sort(),
  );
});

for (const locale of FIXTURE_LOCALES) {
  const t = SHOWN_STRINGS[locale];

  test(`the ${locale} chooser gives the chosen interest's feed address, and Copy puts it on the clipboard`, async ({
    page,
    context,
    baseURL,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });
    await page.goto(alertsPath(locale));
    const chooser = page.getByLabel(t['alerts.interest']!).first();
    const address = page.getByLabel(t['alerts.feedUrl']!);
    await expect(address).toHaveValue(`${baseURL}/${locale}/rss.xml`);
    await chooser.selectOption({
      label: teams.find((team) => team.id === 'data-analytics')!.name[locale],
    });
    await expect(address).toHaveValue(`${baseURL}/${locale}/feeds/team-data-analytics/rss.xml`);
    await chooser.selectOption({ label: t['employmentType.INTERN']! });
    await expect(address).toHaveValue(`${baseURL}/${locale}/feeds/type-intern/rss.xml`);

    await page.getByRole('button', { name: t['alerts.copy']! }).click();
    await expect(page.getByRole('status').filter({ hasText: t['alerts.copied']! })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `${baseURL}/${locale}/feeds/type-intern/rss.xml`,
    );
  });

  test(`each ${locale} interest feed, in RSS, Atom and JSON, lists exactly the matching open postings`, async ({
    page,
    request,
  }) => {
    await page.goto(alertsPath(locale));
    for (const [interest, ids] of Object.entries(EXPECTED)) {
      const expected = ids.map((id) => title(id, locale)).sort();
      const base = `/${locale}/feeds/${interest}`;
      const rss = await request.get(`${base}/rss.xml`);
      expect(rss.status(), `${base}/rss.xml`).toBe(200);
      expect((await xmlTitles(page, await rss.text(), 'item')).sort(), `${base}/rss.xml`).toEqual(
        expected,
      );
      expect(
        (
          await xmlTitles(page, await (await request.get(`${base}/atom.xml`)).text(), 'entry')
        ).sort(),
        `${base}/atom.xml`,
      ).toEqual(expected);
      const json = (await (await request.get(`${base}/feed.json`)).json()) as {
        language: string;
        items: { title: string; url: string }[];
      };
      expect(json.items.map((item) => item.title).sort(), `${base}/feed.json`).toEqual(expected);
      for (const item of json.items) expect(item.url).toContain(`/${locale}/`);
    }
  });

  test(`the ${locale} email form cannot be sent without consent, and posts email, interest and language with it`, async ({
    page,
  }) => {
    const posted: string[] = [];
    await page.route(`${FIXTURE_ALERTS_ENDPOINT}*`, async (route) => {
      posted.push(route.request().postData() ?? '');
      await route.fulfill({ status: 200, contentType: 'text/plain', body: 'subscribed' });
    });
    await page.goto(alertsPath(locale));
    const form = page.locator('form[data-alert-subscribe]');
    await expect(form).toHaveAttribute('action', FIXTURE_ALERTS_ENDPOINT);
    await expect(form).toHaveAttribute('method', 'post');
    const consent = form.getByRole('checkbox', { name: t['alerts.consent']! });
    await expect(consent).not.toBeChecked();
    await expect(form.getByRole('link', { name: t['alerts.privacyLink']! })).toHaveAttribute(
      'href',
      new RegExp(`^/${locale}/`),
    );

    await form.getByRole('textbox', { name: t['alerts.email']! }).fill('ada@example.org');
    await form
      .getByRole('combobox', { name: t['alerts.interest']! })
      .selectOption('team-data-analytics');
    await form.getByRole('button', { name: t['alerts.subscribe']! }).click();
    expect(
      await consent.evaluate((input) => (input as HTMLInputElement).validity.valueMissing),
    ).toBe(true);
    await expect(page).toHaveURL(new RegExp(`${alertsPath(locale)}$`));
    expect(posted).toEqual([]);
    expect(await wcagViolations(page), 'after a refused submission').toEqual([]);

    await consent.check();
    await Promise.all([
      page.waitForURL(FIXTURE_ALERTS_ENDPOINT),
      form.getByRole('button', { name: t['alerts.subscribe']! }).click(),
    ]);
    expect(posted).toHaveLength(1);
    expect(Object.fromEntries(new URLSearchParams(posted[0]))).toEqual({
      locale,
      email: 'ada@example.org',
      interest: 'team-data-analytics',
      consent: 'yes',
    });
  });
}

/**
 * Pay transparency against the fixture content: the platform engineer states a gross
 * yearly range of 45,000 to 60,000 euros (in all three files); the other open postings
 * state none. The range is in the posting's key facts, on its card and in its JSON-LD,
 * and the jobs list can keep only the postings that state one.
 */
import { expect, test, type Page } from '@playwright/test';
import { type Locale } from '../../src/i18n/config.ts';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { entry } from '../support/content.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LOCALES } from '../support/servers.ts';

const PAID = 'fixture-platform-engineer';
const UNPAID = 'fixture-data-intern';
const OPEN_COUNT = 3;

/** As a reader reads it; the page has no-break spaces inside the amounts (Intl, French typography). */
const EXPECTED: Record<Locale, string> = {
  en: '€45,000–€60,000 gross a year',
  es: '45 000–60 000 € al año en bruto',
  fr: '45 000–60 000 € brut par an',
  nl: '€ 45.000–60.000 bruto per jaar',
};
const asRead = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ').trim();

const jobsPath = (locale: Locale) => `/${locale}/${SEGMENTS.jobs[locale]}/`;
const postingPath = (locale: Locale, id: string) =>
  `${jobsPath(locale)}${String(entry('postings', id, locale, FIXTURE_CONTENT_DIR).slug)}/`;
const title = (locale: Locale, id: string) =>
  String(entry('postings', id, locale, FIXTURE_CONTENT_DIR).title);
const cards = (page: Page) => page.locator('[data-job-list] > li:visible');

/** The value of a key fact on the posting page (not its flyer's copy), by its label. */
const keyFact = (page: Page, label: string) =>
  page
    .locator('section[aria-labelledby="key-facts"] dl > div')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .locator('dd');

async function jobPosting(page: Page): Promise<Record<string, unknown> | undefined> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks
    .map((block) => JSON.parse(block) as Record<string, unknown>)
    .find((data) => data['@type'] === 'JobPosting');
}

for (const locale of FIXTURE_LOCALES) {
  const t = SHOWN_STRINGS[locale];

  test.describe(`pay transparency (${locale})`, () => {
    test('the posting states its pay range in its key facts and in JSON-LD baseSalary', async ({
      page,
    }) => {
      await page.goto(postingPath(locale, PAID));
      const pay = keyFact(page, t['posting.pay']!);
      await expect(pay).toBeVisible();
      expect(asRead(await pay.innerText())).toBe(EXPECTED[locale]);
      expect((await jobPosting(page))?.baseSalary).toEqual({
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: {
          '@type': 'QuantitativeValue',
          minValue: 45000,
          maxValue: 60000,
          unitText: 'YEAR',
        },
      });
    });

    test('a posting that states no pay shows no pay fact and no baseSalary', async ({ page }) => {
      await page.goto(postingPath(locale, UNPAID));
      await expect(keyFact(page, t['posting.pay']!)).toHaveCount(0);
      const data = await jobPosting(page);
      expect(data).toBeDefined();
      expect(data).not.toHaveProperty('baseSalary');
    });

    test('the card in the jobs list shows the range, and only on the posting that gives one', async ({
      page,
    }) => {
      await page.goto(jobsPath(locale));
      const paid = cards(page).filter({ hasText: title(locale, PAID) });
      expect(asRead(await paid.locator('[data-pay-range]').innerText())).toBe(EXPECTED[locale]);
      await expect(page.locator('[data-job-list] [data-pay-range]')).toHaveCount(1);
    });

    test('"pay range given" keeps only postings that state one, lives in the URL, and Back undoes it', async ({
      page,
    }) => {
      await page.goto(jobsPath(locale));
      await expect(cards(page)).toHaveCount(OPEN_COUNT);
      const filter = page.getByRole('checkbox', { name: t['jobs.filterPay']! });
      await filter.check();
      await expect(cards(page)).toHaveCount(1);
      await expect(cards(page).first()).toContainText(title(locale, PAID));
      await expect(page.getByRole('status')).toHaveText(
        t['jobs.shown_one']!.replace('{{count}}', '1'),
      );
      expect(new URL(page.url()).searchParams.get('pay')).toBe('given');
      await page.goBack();
      await expect(filter).not.toBeChecked();
      await expect(cards(page)).toHaveCount(OPEN_COUNT);
    });

    test('a shared URL with the filter opens filtered, and clearing the filters brings every posting back', async ({
      page,
    }) => {
      await page.goto(`${jobsPath(locale)}?pay=given`);
      const filter = page.getByRole('checkbox', { name: t['jobs.filterPay']! });
      await expect(filter).toBeChecked();
      await expect(cards(page)).toHaveCount(1);
      await page.getByRole('button', { name: t['jobs.reset']! }).first().click();
      await expect(filter).not.toBeChecked();
      await expect(cards(page)).toHaveCount(OPEN_COUNT);
      expect(new URL(page.url()).searchParams.has('pay')).toBe(false);
    });

    test('without JavaScript the filter is not offered, every posting is listed and the card still shows the range', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${jobsPath(locale)}?pay=given`);
      await expect(cards(page)).toHaveCount(OPEN_COUNT);
      await expect(page.getByRole('checkbox', { name: t['jobs.filterPay']! })).toBeHidden();
      expect(asRead(await page.locator('[data-pay-range]').innerText())).toBe(EXPECTED[locale]);
      await context.close();
    });
  });
}

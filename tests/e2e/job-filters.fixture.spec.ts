/**
 * The jobs list against the fixture content (three open postings in different teams,
 * types, work modes and cities; one closed), so every filter has something to remove.
 */
import { expect, test, type Page } from '@playwright/test';
import { type Locale } from '../../src/i18n/config.ts';
import { FIXTURE_LOCALES } from '../support/servers.ts';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';

const OPEN_COUNT = 3;
const jobsPath = (locale: Locale) => `/${locale}/${SEGMENTS.jobs[locale]}/`;
const cards = (page: Page) => page.locator('[data-job-list] > li:visible');

for (const locale of FIXTURE_LOCALES) {
  const t = SHOWN_STRINGS[locale];
  test.describe(`jobs list (${locale})`, () => {
    test('without JavaScript every open posting is listed, no filter control shows, and a filtered URL still lists all', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      for (const url of [jobsPath(locale), `${jobsPath(locale)}?team=data-analytics&mode=onsite`]) {
        await page.goto(url);
        await expect(cards(page)).toHaveCount(OPEN_COUNT);
        await expect(page.getByRole('search')).toHaveCount(0);
        await expect(page.getByLabel(t['jobs.filterTeam']!)).toBeHidden();
      }
      await expect(page.getByText('Fixture Closed', { exact: false })).toHaveCount(0);
      await context.close();
    });

    test('filters apply instantly, announce the count and live in the URL', async ({ page }) => {
      await page.goto(jobsPath(locale));
      const status = page.getByRole('status');
      await expect(cards(page)).toHaveCount(OPEN_COUNT);
      await page.getByLabel(t['jobs.filterEmploymentType']!).selectOption('INTERN');
      await expect(cards(page)).toHaveCount(1);
      await expect(status).toHaveText(t['jobs.shown_one']!.replace('{{count}}', '1'));
      expect(new URL(page.url()).searchParams.get('type')).toBe('INTERN');
      await page.getByLabel(t['jobs.filterEmploymentType']!).selectOption('');
      await page.getByLabel(t['jobs.filterWorkMode']!).selectOption('hybrid');
      await expect(cards(page)).toHaveCount(1);
      await expect(cards(page).first()).toContainText('Fixture');
    });

    test('free-text search filters as you type, ignoring accents', async ({ page }) => {
      await page.goto(jobsPath(locale));
      await page.getByLabel(t['jobs.filterText']!).fill('barcelona');
      await expect(cards(page)).toHaveCount(1);
      expect(new URL(page.url()).searchParams.get('q')).toBe('barcelona');
    });

    test('a shared filtered URL opens filtered, and Back restores the previous filters', async ({
      page,
    }) => {
      await page.goto(`${jobsPath(locale)}?location=Barcelona`);
      await expect(cards(page)).toHaveCount(1);
      await expect(page.getByLabel(t['jobs.filterLocation']!)).toHaveValue('Barcelona');
      await page.getByLabel(t['jobs.filterLocation']!).selectOption('');
      await expect(cards(page)).toHaveCount(OPEN_COUNT);
      await page.goBack();
      await expect(page.getByLabel(t['jobs.filterLocation']!)).toHaveValue('Barcelona');
      await expect(cards(page)).toHaveCount(1);
    });

    test('an empty result says so and offers a reset that brings everything back', async ({
      page,
    }) => {
      await page.goto(jobsPath(locale));
      await page.getByLabel(t['jobs.filterTeam']!).selectOption('it-engineering');
      await page.getByLabel(t['jobs.filterLocation']!).selectOption('Barcelona');
      await expect(cards(page)).toHaveCount(0);
      await expect(page.getByText(t['jobs.noMatch']!)).toBeVisible();
      await page
        .locator('[data-job-empty]')
        .getByRole('button', { name: t['jobs.reset']! })
        .click();
      await expect(cards(page)).toHaveCount(OPEN_COUNT);
      await expect(page.getByText(t['jobs.noMatch']!)).toBeHidden();
    });

    test('filters work with the keyboard alone', async ({ page }) => {
      await page.goto(jobsPath(locale));
      await page.getByLabel(t['jobs.filterText']!).focus();
      await page.keyboard.type('barcelona');
      await page.keyboard.press('Tab');
      await expect(page.getByLabel(t['jobs.filterTeam']!)).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await page.keyboard.press('Enter');
      await expect(cards(page)).toHaveCount(1);
    });
  });

  test(`a closed posting says so, points to open positions and is not indexed (${locale})`, async ({
    page,
    request,
  }) => {
    const jobs = await (await request.get(jobsPath(locale))).text();
    expect(jobs).not.toContain('Fixture Closed');
    expect(jobs).not.toContain('Fixture Analista cerrada');
    const slug = {
      en: 'fixture-closed-analyst',
      es: 'fixture-analista-cerrada',
      fr: 'fixture-analyste-close',
      nl: 'fixture-gesloten-analist',
    }[locale];
    const response = await page.goto(`${jobsPath(locale)}${slug}/`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: t['posting.closedTitle']! })).toBeVisible();
    await expect(
      page.locator('[data-posting-closed]').getByRole('link', { name: t['posting.seeOpen']! }),
    ).toHaveAttribute('href', jobsPath(locale));
    await expect(page.locator('a[data-apply]')).toHaveCount(0);
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    const sitemap = await (await request.get('/sitemap-0.xml')).text();
    expect(sitemap).not.toContain(`/${slug}/`);
  });
}

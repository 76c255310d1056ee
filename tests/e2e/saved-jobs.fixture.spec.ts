/**
 * Saved jobs on the fixture site: a real toggle button, a per-locale list drawn from the
 * browser's storage, the same saved state in every language, closed postings marked,
 * removal from the list, and an honest message without JavaScript.
 */
import { expect, test, type Page } from '@playwright/test';
import { type Locale } from '../../src/i18n/config.ts';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { SHOWN_STRINGS, shown } from '../support/i18n.ts';
import { SAVED_KEY } from '../../src/shared/savedJobs.ts';
import { entry } from '../support/content.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LOCALES } from '../support/servers.ts';

const postingPath = (locale: Locale, id: string) =>
  `/${locale}/${SEGMENTS.jobs[locale]}/${entry('postings', id, locale, FIXTURE_CONTENT_DIR).slug}/`;
const savedPath = (locale: Locale) => `/${locale}/${SEGMENTS.saved[locale]}/`;
const title = (locale: Locale, id: string) =>
  shown(locale, String(entry('postings', id, locale, FIXTURE_CONTENT_DIR).title));
const saveButton = (page: Page, locale: Locale, id: string) =>
  page
    .getByRole('button', {
      name: SHOWN_STRINGS[locale]['saved.saveLabel']!.replace('{{title}}', title(locale, id)),
    })
    .first();

for (const locale of FIXTURE_LOCALES) {
  const t = SHOWN_STRINGS[locale];

  test(`saving a ${locale} posting lists it on the saved page, and un-saving removes it`, async ({
    page,
  }) => {
    await page.goto(postingPath(locale, 'fixture-data-intern'));
    const button = saveButton(page, locale, 'fixture-data-intern');
    await expect(button).toHaveAttribute('aria-pressed', 'false');
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');

    await page.goto(savedPath(locale));
    const items = page.locator('[data-saved-list] > li');
    await expect(items).toHaveCount(1);
    await expect(
      items.getByRole('link', { name: title(locale, 'fixture-data-intern') }),
    ).toHaveAttribute('href', postingPath(locale, 'fixture-data-intern'));
    await expect(page.getByRole('status')).toHaveText(
      t['saved.count_one']!.replace('{{count}}', '1'),
    );

    await page.goto(postingPath(locale, 'fixture-data-intern'));
    await saveButton(page, locale, 'fixture-data-intern').click();
    await page.goto(savedPath(locale));
    await expect(items).toHaveCount(0);
    await expect(page.getByText(t['saved.empty']!)).toBeVisible();
  });

  test(`a posting saved in English shows as saved in ${locale}, on its page and on the jobs list`, async ({
    page,
  }) => {
    await page.goto(postingPath('en', 'fixture-platform-engineer'));
    await saveButton(page, 'en', 'fixture-platform-engineer').click();
    await page.goto(postingPath(locale, 'fixture-platform-engineer'));
    await expect(saveButton(page, locale, 'fixture-platform-engineer')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.goto(`/${locale}/${SEGMENTS.jobs[locale]}/`);
    await expect(saveButton(page, locale, 'fixture-platform-engineer')).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(saveButton(page, locale, 'fixture-data-intern')).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  test(`a saved ${locale} posting that has closed is marked closed, and removing it keeps focus in the page`, async ({
    page,
  }) => {
    await page.goto(savedPath(locale));
    await page.evaluate(
      ([key]) =>
        localStorage.setItem(
          key!,
          JSON.stringify(['fixture-closed-analyst', 'fixture-data-intern']),
        ),
      [SAVED_KEY],
    );
    await page.reload();
    const closed = page.locator('[data-saved-id="fixture-closed-analyst"]');
    await expect(closed.locator('[data-saved-closed]')).toHaveText(t['saved.closed']!);
    await expect(
      page.locator('[data-saved-id="fixture-data-intern"] [data-saved-closed]'),
    ).toHaveCount(0);
    await closed
      .getByRole('button', {
        name: t['saved.remove']!.replace('{{title}}', title(locale, 'fixture-closed-analyst')),
      })
      .click();
    await expect(page.locator('[data-saved-list] > li')).toHaveCount(1);
    await expect(page.locator('[data-saved-list] button')).toBeFocused();
    expect(await page.evaluate(([key]) => localStorage.getItem(key!), [SAVED_KEY])).toBe(
      '["fixture-data-intern"]',
    );
  });

  test(`without JavaScript the ${locale} saved page says saving needs it, and no save button shows`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(savedPath(locale));
    await expect(page.getByText(t['saved.noJs']!)).toBeVisible();
    await page.goto(postingPath(locale, 'fixture-data-intern'));
    await expect(page.locator('[data-save-posting]').first()).toBeHidden();
    await context.close();
  });
}

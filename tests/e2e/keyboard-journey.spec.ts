/**
 * A job seeker who uses only the keyboard, in every language: from the home page to a
 * posting's Apply button, through the jobs list and its filter, saving the posting on the
 * way, with the focus visible at every stop. The accessibility statement claims this.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n/config.ts';
import { SHOWN_STRINGS, shown } from '../support/i18n.ts';
import { entry } from '../support/content.ts';

/**
 * Presses Tab until one of the elements `target` finds has the focus (at most `limit`
 * times), as a keyboard user would, and checks the focus can be seen there.
 */
async function tabTo(page: Page, target: Locator, limit = 40): Promise<void> {
  const focused = () =>
    target.evaluateAll((elements) =>
      elements.some((element) => element === document.activeElement),
    );
  for (let presses = 0; presses < limit && !(await focused()); presses += 1)
    await page.keyboard.press('Tab');
  expect(await focused(), `${target} reached with Tab`).toBe(true);
  // The focus indicator: a visible outline of the site's :focus-visible style.
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement!);
    return { style: style.outlineStyle, width: Number.parseFloat(style.outlineWidth) };
  });
  expect(outline.style, 'focus outline').not.toBe('none');
  expect(outline.width, 'focus outline width').toBeGreaterThanOrEqual(2);
}

for (const locale of LOCALES) {
  test(`${locale}: with the keyboard alone, from the home page to a posting's Apply button, saving it on the way`, async ({
    page,
  }) => {
    const strings = SHOWN_STRINGS[locale];
    const posting = entry('postings', 'backend-engineer-intern', locale);
    const title = shown(locale, String(posting.title));

    await page.goto(`/${locale}/`);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: strings['a11y.skipToContent']! })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();

    await tabTo(page, page.getByRole('main').getByRole('link', { name: strings['home.allJobs']! }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(strings['jobs.title']!);

    await tabTo(page, page.getByRole('searchbox', { name: strings['jobs.filterText']! }));
    await page.keyboard.type(title.split(' ')[0]!);
    const card = page.getByRole('link', { name: title });
    await expect(card).toBeVisible();

    await tabTo(page, card);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);

    const save = page.getByRole('button', {
      name: strings['saved.saveLabel']!.replace('{{title}}', title),
    });
    await tabTo(page, save);
    await page.keyboard.press('Space');
    await expect(save).toHaveAttribute('aria-pressed', 'true');

    await tabTo(page, page.getByRole('link', { name: strings['posting.apply']! }));
  });
}

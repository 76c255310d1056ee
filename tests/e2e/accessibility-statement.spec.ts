/**
 * The accessibility statement, as a visitor finds it: linked from the footer of every
 * page, in the page's language, with the checks it claims, its date, and only the contact
 * details the organization has set (the real site sets none yet: the recruiter route only).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { LOCALES, type Locale } from '../../src/i18n/config.ts';
import { pathFor } from '../../src/i18n/routes.ts';
import { useTranslations } from '../../src/i18n/translations.ts';
import { LAST_EVALUATED, TESTED_CLAIMS } from '../../src/lib/accessibilityStatement.ts';
import { formatDate } from '../../src/lib/format.ts';
import { allPagePaths } from '../support/pages.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';

const localeOf = (page: string): Locale | undefined =>
  LOCALES.find((locale) => page.startsWith(`/${locale}/`));

test('every page with a footer links to the statement in its own language', () => {
  let checked = 0;
  for (const page of allPagePaths('dist')) {
    const locale = localeOf(page);
    const file = path.join('dist', page.endsWith('.html') ? page : `${page}index.html`);
    const html = readFileSync(file, 'utf8');
    const footer = /<footer[\s\S]*?<\/footer>/.exec(html)?.[0];
    if (!locale || !footer) continue;
    expect(footer, page).toContain(`href="${pathFor(locale, { kind: 'accessibility' })}"`);
    checked += 1;
  }
  expect(checked).toBeGreaterThan(30);
});

for (const locale of LOCALES) {
  test(`${locale}: the statement lists what is checked, its date and how to report a barrier`, async ({
    page,
  }) => {
    const strings = SHOWN_STRINGS[locale];
    const t = useTranslations(locale);
    await page.goto(`/${locale}/`);
    await page
      .getByRole('contentinfo')
      .getByRole('link', { name: strings['footer.accessibility']! })
      .click();
    await expect(page).toHaveURL(new RegExp(`${pathFor(locale, { kind: 'accessibility' })}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      strings['accessibility.title']!,
    );
    for (const heading of [
      'statusHeading',
      'testingHeading',
      'limitationsHeading',
      'dateHeading',
      'feedbackHeading',
      'enforcementHeading',
    ])
      await expect(
        page.getByRole('heading', { level: 2, name: strings[`accessibility.${heading}`]! }),
      ).toBeVisible();
    const claims = page.locator('[data-tested-claims] > li');
    await expect(claims).toHaveCount(TESTED_CLAIMS.length);
    for (const [index, claim] of TESTED_CLAIMS.entries())
      await expect(claims.nth(index)).toHaveText(
        t(`accessibility.claim.${claim}`, { apply: t('posting.apply') }),
      );
    await expect(
      page.getByText(
        t('accessibility.date', {
          date: formatDate(new Date(`${LAST_EVALUATED}T00:00:00Z`), locale),
        }),
      ),
    ).toBeVisible();
    await expect(page.getByText(strings['accessibility.feedback']!)).toBeVisible();
    // Nothing the organization has not set: no address, no response time, no authority.
    await expect(page.locator('main a[href^="mailto:"]')).toHaveCount(0);
    await expect(page.getByText(strings['accessibility.authority']!)).toHaveCount(0);
  });
}

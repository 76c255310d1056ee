import { expect, test } from '@playwright/test';
import { type Locale } from '../../src/i18n/config.ts';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';
import { entry } from '../support/content.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LOCALES } from '../support/servers.ts';

const path = (locale: Locale, id: string) =>
  `/${locale}/${SEGMENTS.jobs[locale]}/${entry('postings', id, locale, FIXTURE_CONTENT_DIR).slug}/`;
const title = (locale: Locale, id: string) =>
  String(entry('postings', id, locale, FIXTURE_CONTENT_DIR).title);

for (const locale of FIXTURE_LOCALES) {
  test(`"More for you" lists open ${locale} postings of the same team, and only them`, async ({
    page,
  }) => {
    await page.goto(path(locale, 'fixture-platform-engineer'));
    const related = page.getByRole('region', { name: SHOWN_STRINGS[locale]['posting.related']! });
    await expect(related.getByRole('heading', { level: 3 })).toHaveText([
      title(locale, 'fixture-markup'),
    ]);
    await expect(related.locator('a').first()).toHaveAttribute(
      'href',
      path(locale, 'fixture-markup'),
    );
  });

  test(`a ${locale} posting with nothing related has no "More for you" section`, async ({
    page,
  }) => {
    // Its only team-mate is closed; no open posting shares its city or type of contract.
    await page.goto(path(locale, 'fixture-data-intern'));
    await expect(
      page.getByRole('heading', { name: SHOWN_STRINGS[locale]['posting.related']! }),
    ).toHaveCount(0);
  });
}

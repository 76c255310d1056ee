/**
 * A fourth language by one setting: the fixture site publishes Dutch (SITE_LOCALES), the
 * language the code speaks but the real site does not publish. Besides the language matrix
 * (language-and-navigation.fixture.spec.ts), the fixture specs that loop over its languages
 * and the accessibility and validity gates (tests/a11y, fixtureGatePaths), this checks what
 * a Dutch visitor and a crawler get: link previews and Open Graph images on every Dutch
 * page, the sitemap's four-way alternates, JSON-LD, the site search and the text direction
 * (the feeds: feeds.fixture.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { LOCALE_INFO } from '../../src/i18n/config.ts';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { entry } from '../support/content.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';
import { linkPreviews } from '../support/linkPreviews.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LOCALES, FIXTURE_OUT_DIR } from '../support/servers.ts';

const t = SHOWN_STRINGS.nl;
const posting = entry('postings', 'fixture-platform-engineer', 'nl', FIXTURE_CONTENT_DIR);
const postingPath = `/nl/${SEGMENTS.jobs.nl}/${String(posting.slug)}/`;

linkPreviews(FIXTURE_OUT_DIR, FIXTURE_LOCALES, ['nl'], postingPath);

test('Dutch pages are written left to right in Dutch, with Dutch addresses', async ({ page }) => {
  await page.goto(postingPath);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect(page.locator('html')).toHaveAttribute('dir', LOCALE_INFO.nl.dir);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(posting.title));
  await expect(page.locator('head meta[property="og:locale"]')).toHaveAttribute('content', 'nl_NL');
  for (const kind of ['jobs', 'benefits', 'search', 'saved', 'alerts'] as const) {
    const response = await page.goto(`/nl/${SEGMENTS[kind].nl}/`);
    expect(response?.status(), kind).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  }
});

test('the Dutch site search finds a Dutch posting and stays in Dutch', async ({ page }) => {
  await page.goto(`/nl/${SEGMENTS.search.nl}/`);
  const box = page.getByRole('searchbox', { name: t['search.label']! });
  const word = String(posting.title).split(' ').at(-1)!;
  await box.fill(word);
  await box.press('Enter');
  const results = page.locator('[data-search-results] a');
  await expect(results.filter({ hasText: String(posting.title) })).toBeVisible();
  for (const href of await results.evaluateAll((links) => links.map((a) => a.getAttribute('href'))))
    expect(href).toMatch(/^\/nl\//);
});

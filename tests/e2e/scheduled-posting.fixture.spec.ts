/**
 * A posting before its datePosted is scheduled: the fixture build (today pinned before
 * it) publishes no trace of it: no page, listing, feed, sitemap entry, postings.json
 * entry, search result, OG image or translation-status row, in any language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { entry } from '../support/content.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LOCALES, FIXTURE_OUT_DIR } from '../support/servers.ts';

const ID = 'fixture-scheduled-analyst';
/** Its id, and its title and slug in every language. */
const TRACES = [
  ID,
  ...FIXTURE_LOCALES.flatMap((locale) => [
    String(entry('postings', ID, locale, FIXTURE_CONTENT_DIR).title),
    `/${String(entry('postings', ID, locale, FIXTURE_CONTENT_DIR).slug)}/`,
  ]),
];

/** Text files the site publishes: not images or fonts, not the search index's compressed fragments, not the visual editor's own bundle. */
function publishedText(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .map((item) => path.join(item.parentPath, item.name))
    .filter((file) => !/\.(png|svg|ico|wasm|woff2?|pf_\w+)$/.test(file))
    .filter(
      (file) => !['pagefind', 'admin'].includes(path.relative(dir, file).split(path.sep)[0]!),
    );
}

test('the scheduled posting appears in no file of the built site', () => {
  const published = publishedText(FIXTURE_OUT_DIR);
  expect(published.length).toBeGreaterThan(50);
  const leaks = published.filter((file) =>
    TRACES.some((trace) => file.includes(trace) || readFileSync(file, 'utf8').includes(trace)),
  );
  expect(leaks).toEqual([]);
});

test('search finds no scheduled posting', async ({ page }) => {
  // "Fixture" is in every fixture posting's title: the search works, and lists no scheduled one.
  await page.goto('/en/search/?q=Fixture');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page.locator('[data-search-results]')).not.toContainText('Scheduled');
});

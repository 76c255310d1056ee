/**
 * A posting before its datePosted is scheduled: the fixture build (today pinned before
 * it) publishes no trace of it: no page, listing, feed, sitemap entry, postings.json
 * entry, search result, OG image or translation-status row, in any language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { FIXTURE_OUT_DIR } from '../support/servers.ts';

const ID = 'fixture-scheduled-analyst';
/** Its title and slug in every language (see tests/fixtures/content/postings/fixture-scheduled-analyst). */
const TRACES = [ID, 'Scheduled', '-scheduled'];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

test('the scheduled posting appears in no file of the built site', () => {
  const published = files(FIXTURE_OUT_DIR).filter(
    (file) =>
      !/\.(png|wasm|woff2?|pf_\w+)$/.test(file) && !file.includes(`${path.sep}pagefind${path.sep}`),
  );
  expect(published.length).toBeGreaterThan(50);
  const leaks = published.flatMap((file) =>
    TRACES.some((trace) => file.includes(trace) || readFileSync(file, 'utf8').includes(trace))
      ? [path.relative(FIXTURE_OUT_DIR, file)]
      : [],
  );
  expect(leaks).toEqual([]);
});

test('search finds no scheduled posting', async ({ page }) => {
  // "Fixture" is in every fixture posting's title: the search works, and lists no scheduled one.
  await page.goto('/en/search/?q=Fixture');
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await expect(page.locator('[data-search-results]')).not.toContainText('Scheduled');
});

/**
 * What a shared link shows, on every page of the real site in every language
 * (tests/support/linkPreviews.ts), and what crawlers are told on a non-production build.
 */
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/config.ts';
import { linkPreviews } from '../support/linkPreviews.ts';

linkPreviews('dist', LOCALES, LOCALES, '/en/jobs/backend-engineer-intern/');

test('robots.txt keeps crawlers out of a non-production build', async ({ request }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/^User-agent: \*\nDisallow: \/$/m);
  const home = await (await request.get('/en/')).text();
  expect(home).toContain('<meta name="robots" content="noindex, nofollow">');
});

/**
 * A posting past its closing date (the fixture's closed analyst; the fixture site is built
 * with CAREERS_TODAY pinned after it closed) keeps its page for the people who saved or
 * shared it, but search engines and feed readers must let it go, in every language: no
 * JobPosting structured data (Google's rule for expired postings, promised in the README),
 * noindex, and no place in the sitemap or in any feed.
 *
 * Each check is made where it would see the posting if it were open: an open posting of
 * the same build carries JobPosting data, is in the sitemap, and is in the feeds the
 * closed one would belong to.
 *
 * Every page of this development build is noindex, so the robots check here cannot tell a
 * closed page from an open one; that a closed page stays noindex in production, where open
 * pages are indexable, is tests/unit/noindex-pages-in-production.test.ts.
 */
import { expect, test } from '@playwright/test';
import { type Locale } from '../../src/i18n/config.ts';
import { pathFor } from '../../src/i18n/routes.ts';
import { entry } from '../support/content.ts';
import { xmlTitles } from '../support/feeds.ts';
import { jsonLdTypesOf } from '../support/html.ts';
import { sitemapFiles, sitemapUrls } from '../support/sitemap.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LOCALES } from '../support/servers.ts';

const CLOSED = 'fixture-closed-analyst';
const OPEN = 'fixture-platform-engineer';
/**
 * The feeds the closed analyst (data analytics, full time) would be in if it were open,
 * each with an open posting of the same kind that it does list.
 */
const FEEDS_OF_ITS_KIND = (locale: Locale): Record<string, string> => ({
  [`/${locale}/rss.xml`]: OPEN,
  [`/${locale}/feeds/team-data-analytics/rss.xml`]: 'fixture-data-intern',
  [`/${locale}/feeds/type-full-time/rss.xml`]: OPEN,
});

const posting = (id: string, locale: Locale) => entry('postings', id, locale, FIXTURE_CONTENT_DIR);
const postingPath = (id: string, locale: Locale) =>
  pathFor(locale, { kind: 'posting', id }, String(posting(id, locale).slug));
const title = (id: string, locale: Locale) => String(posting(id, locale).title);
/** The closed posting in every language: no feed or sitemap may name any of them. */
const closedPaths = FIXTURE_LOCALES.map((locale) => postingPath(CLOSED, locale));
const closedTitles = FIXTURE_LOCALES.map((locale) => title(CLOSED, locale));

for (const locale of FIXTURE_LOCALES) {
  const closedPath = postingPath(CLOSED, locale);
  const openPath = postingPath(OPEN, locale);

  test(`the closed ${locale} posting carries no JobPosting structured data, where an open one does`, async ({
    request,
  }) => {
    const response = await request.get(closedPath);
    expect(response.status()).toBe(200);
    const html = await response.text();
    // The page is the closed one, and its other JSON-LD (breadcrumbs) is read.
    expect(html).toContain('data-posting-closed');
    const types = jsonLdTypesOf(html);
    expect(types).toContain('BreadcrumbList');
    expect(types).not.toContain('JobPosting');

    expect(jsonLdTypesOf(await (await request.get(openPath)).text())).toContain('JobPosting');
  });

  test(`the closed ${locale} posting asks search engines not to index it`, async ({ request }) => {
    const html = await (await request.get(closedPath)).text();
    const robots = [...html.matchAll(/<meta\b[^>]*\bname="robots"[^>]*>/g)].map(
      ([tag]) => /\bcontent="([^"]*)"/.exec(tag)?.[1],
    );
    expect(robots).toHaveLength(1);
    expect(robots[0]).toMatch(/\bnoindex\b/);
  });

  test(`the closed ${locale} posting is in no sitemap, where an open one is`, async ({
    baseURL,
  }) => {
    const urls = (await sitemapUrls(baseURL!)).map((url) => new URL(url).pathname);
    expect(urls).toContain(openPath);
    expect(urls).not.toContain(closedPath);
    // Nor as another page's hreflang alternate.
    for (const { url, xml } of await sitemapFiles(baseURL!))
      expect(xml, url).not.toContain(closedPath);
  });

  test(`the closed posting is in none of the ${locale} feeds: all jobs and every interest, in RSS, Atom and JSON Feed`, async ({
    page,
    request,
  }) => {
    // Every feed a job seeker can subscribe to: the alerts page's "Interested in" chooser.
    await page.goto(pathFor(locale, { kind: 'alerts' }));
    const rssFeeds = await page
      .locator('#alert-interest option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const ofItsKind = FEEDS_OF_ITS_KIND(locale);
    for (const feed of Object.keys(ofItsKind)) expect(rssFeeds).toContain(feed);

    for (const rss of rssFeeds) {
      const atom = rss.replace(/rss\.xml$/, 'atom.xml');
      const json = rss.replace(/rss\.xml$/, 'feed.json');
      const texts: Record<string, string> = {};
      for (const feed of [rss, atom, json]) {
        const response = await request.get(feed);
        expect(response.status(), feed).toBe(200);
        texts[feed] = await response.text();
        for (const path of closedPaths) expect(texts[feed], feed).not.toContain(path);
      }
      const titles = {
        [rss]: await xmlTitles(page, texts[rss]!, 'item'),
        [atom]: await xmlTitles(page, texts[atom]!, 'entry'),
        [json]: (JSON.parse(texts[json]!) as { items: { title: string }[] }).items.map(
          (item) => item.title,
        ),
      };
      for (const [feed, listed] of Object.entries(titles)) {
        for (const closed of closedTitles) expect(listed, feed).not.toContain(closed);
        // Where the closed posting would be, an open one of its kind is.
        const control = ofItsKind[rss];
        if (control) expect(listed, feed).toContain(title(control, locale));
      }
    }
  });
}

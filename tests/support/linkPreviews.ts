/**
 * What a shared link shows: per page and locale, the head metadata matches the visible
 * page, and each Open Graph image exists as a 1200×630 PNG. Run on the real site
 * (tests/e2e/link-previews.spec.ts) and on the fixture site's fourth language.
 */
import { expect, test } from '@playwright/test';
import { PNG } from 'pngjs';
import { LOCALE_INFO, type Locale } from '../../src/i18n/config.ts';
import { SHOWN_STRINGS } from './i18n.ts';
import { sitemapPathsOnDisk } from './sitemap.ts';

const SITE = 'http://localhost:4321';
/**
 * Link previews of a built site (`outDir`) publishing `published`, tested page by page in
 * `locales`: titles, preview tags and images, the sitemap's translations and dates
 * (`datedPage`, a content page the sitemap dates), and each posting's JSON-LD.
 */
export function linkPreviews(
  outDir: string,
  published: readonly Locale[],
  locales: readonly Locale[],
  datedPage: string,
): void {
  const paths = sitemapPathsOnDisk(outDir).filter((p) => p !== '/');

  for (const locale of locales) {
    test(`every ${locale} page has a unique title, and preview tags that match the page`, async ({
      page,
      request,
    }) => {
      // Every page of the locale, one after the other.
      test.setTimeout(120_000);
      const titles = new Set<string>();
      for (const path of paths.filter((p) => p.startsWith(`/${locale}/`))) {
        await page.goto(path);
        const title = await page.title();
        expect(titles.has(title), `duplicate title "${title}"`).toBe(false);
        titles.add(title);
        const h1 = (await page.locator('h1').first().innerText()).trim();
        const meta = async (selector: string) =>
          page.locator(`head meta[${selector}]`).getAttribute('content');
        expect(title, path).toContain(h1);
        expect(await meta('property="og:title"'), path).toBe(h1);
        expect(await meta('name="description"'), path).toBe(
          await meta('property="og:description"'),
        );
        expect(await meta('property="og:url"'), path).toBe(`${SITE}${path}`);
        expect(await page.locator('head link[rel="canonical"]').getAttribute('href'), path).toBe(
          `${SITE}${path}`,
        );
        expect(await meta('property="og:locale"'), path).toBe(LOCALE_INFO[locale].ogLocale);
        expect(await page.locator('head meta[property="og:locale:alternate"]').count(), path).toBe(
          published.length - 1,
        );
        expect(await meta('name="twitter:card"'), path).toBe('summary_large_image');
        expect(await meta('property="og:image:alt"'), path).toContain(h1);
        expect(await meta('property="og:image:width"')).toBe('1200');
        expect(await meta('property="og:image:height"')).toBe('630');

        const image = new URL((await meta('property="og:image"'))!);
        expect(image.origin).toBe(SITE);
        const response = await request.get(image.pathname);
        expect(response.status(), image.pathname).toBe(200);
        expect(response.headers()['content-type']).toContain('image/png');
        const png = PNG.sync.read(await response.body());
        expect([png.width, png.height], image.pathname).toEqual([1200, 630]);
      }
    });

    test(`a ${locale} posting is typed as an article and its image is its own`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/`);
      await page.locator('[data-posting] h3 a').first().click();
      await expect(page.locator('head meta[property="og:type"]')).toHaveAttribute(
        'content',
        'article',
      );
      await expect(page.locator('head meta[property="og:image"]')).toHaveAttribute(
        'content',
        /\/og\/[a-z]+\/posting-[a-z0-9-]+\.png$/,
      );
      await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].tag);
      expect(SHOWN_STRINGS[locale]['site.name']).toBeTruthy();
    });
  }

  test('the sitemap pairs every page with its translations and dates content pages', async ({
    request,
  }) => {
    const xml = await (await request.get('/sitemap-0.xml')).text();
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1]!);
    expect(urls.length).toBe(paths.length + 1);
    for (const url of urls) {
      const loc = /<loc>([^<]+)<\/loc>/.exec(url)![1]!;
      const alternates = [...url.matchAll(/hreflang="([^"]+)" href="([^"]+)"/g)].map((m) => m[1]);
      expect(alternates.sort(), loc).toEqual([...published].map((l) => LOCALE_INFO[l].tag).sort());
    }
    const posting = urls.find((url) => url.includes(datedPage));
    expect(posting).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T/);
  });

  for (const locale of locales) {
    test(`the ${locale} posting's JSON-LD parses, validates and says what the page shows`, async ({
      page,
    }) => {
      await page.goto(`/${locale}/`);
      await page.locator('[data-posting] h3 a').first().click();
      const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
      const data = blocks.map((block) => JSON.parse(block) as Record<string, unknown>);
      const posting = data.find((item) => item['@type'] === 'JobPosting')!;
      expect(posting, 'a JobPosting block').toBeDefined();
      for (const property of [
        'title',
        'description',
        'datePosted',
        'validThrough',
        'employmentType',
        'hiringOrganization',
        'jobLocation',
        'identifier',
      ]) {
        expect(posting, property).toHaveProperty(property);
      }
      expect(posting.title).toBe(await page.locator('h1').innerText());
      const description = String(posting.description);
      for (const heading of await page.locator('.prose-careers h2').allInnerTexts())
        expect(description).toContain(heading);
      const posted = await page.locator('time').nth(0).getAttribute('datetime');
      expect(posting.datePosted).toBe(posted);
      expect(data.some((item) => item['@type'] === 'BreadcrumbList')).toBe(true);
    });
  }
}

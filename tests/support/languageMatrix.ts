/**
 * The language matrix, run on the real site (tests/e2e/language-and-navigation.spec.ts)
 * and on the fixture site with its fourth language (…fixture.spec.ts).
 */
import { expect, test } from '@playwright/test';
import { LOCALE_INFO, type Locale } from '../../src/i18n/config.ts';
import { SHOWN_STRINGS } from './i18n.ts';
import { sitemapUrls } from './sitemap.ts';
import { alternatesOf, canonicalOf, htmlLangOf } from './html.ts';

const SITE = 'http://localhost:4321';

/**
 * The language matrix of a built site publishing `locales`: each language's home, switcher,
 * hreflang and canonical links, 404 page and skip link; the root's redirect by
 * Accept-Language (`redirects`: header → language), its chooser with and without
 * JavaScript (`browserLanguage` in a browser set to it), and its multilingual 404.
 */
export function languageMatrix(
  locales: readonly Locale[],
  redirects: readonly (readonly [string, Locale])[],
  browserLanguage: { tag: string; locale: Locale },
): void {
  for (const locale of locales) {
    test.describe(`${LOCALE_INFO[locale].endonym} (${locale})`, () => {
      test('home renders in its language with the right <html lang>', async ({ page }) => {
        await page.goto(`/${locale}/`);
        await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].tag);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          SHOWN_STRINGS[locale]['home.title']!,
        );
        await expect(page).toHaveTitle(SHOWN_STRINGS[locale]['site.name']!);
      });

      test('the language switcher leads to the same page in each other language', async ({
        page,
        baseURL,
      }) => {
        const urls = (await sitemapUrls(baseURL!)).filter((url) =>
          new URL(url).pathname.startsWith(`/${locale}/`),
        );
        // One page of each kind: home, a section, a posting, a benefit, a content page.
        const samples = [
          ...new Set(urls.map((url) => new URL(url).pathname.split('/').filter(Boolean).length)),
        ].map((depth) =>
          urls.find((url) => new URL(url).pathname.split('/').filter(Boolean).length === depth)!,
        );
        for (const url of samples) {
          await page.goto(url);
          const expected = alternatesOf(await page.content());
          for (const other of locales.filter((l) => l !== locale)) {
            await page.goto(url);
            const link = page
              .getByRole('navigation', { name: SHOWN_STRINGS[locale]['lang.label']! })
              .locator(`a[hreflang="${LOCALE_INFO[other].tag}"]`);
            await link.click();
            await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[other].tag);
            const target = expected.find((alt) => alt.hreflang === LOCALE_INFO[other].tag);
            expect(target, `hreflang ${other} on ${url}`).toBeDefined();
            expect(new URL(page.url()).pathname).toBe(new URL(target!.href).pathname);
          }
        }
      });

      test('every page declares absolute, reciprocal hreflang links and a canonical URL', async ({
        baseURL,
      }) => {
        const urls = (await sitemapUrls(baseURL!)).filter((url) =>
          new URL(url).pathname.startsWith(`/${locale}/`),
        );
        expect(urls.length).toBeGreaterThan(5);
        for (const url of urls) {
          const html = await (await fetch(url)).text();
          const path = new URL(url).pathname;
          expect(htmlLangOf(html), path).toBe(LOCALE_INFO[locale].tag);
          expect(canonicalOf(html), path).toBe(`${SITE}${path}`);
          const alternates = alternatesOf(html);
          expect(alternates.map((a) => a.hreflang).sort(), path).toEqual(
            [...locales.map((l) => LOCALE_INFO[l].tag), 'x-default'].sort(),
          );
          for (const alternate of alternates) {
            expect(alternate.href, `${path} → ${alternate.hreflang}`).toMatch(/^https?:\/\//);
            if (alternate.hreflang === 'x-default') continue;
            const back = alternatesOf(
              await (await fetch(new URL(new URL(alternate.href).pathname, baseURL))).text(),
            );
            expect(
              back.find((a) => a.hreflang === LOCALE_INFO[locale].tag)?.href,
              `${alternate.href} links back to ${path}`,
            ).toBe(`${SITE}${path}`);
          }
        }
      });

      test('an unknown URL gets the localized 404 page with status 404', async ({ page }) => {
        const response = await page.goto(`/${locale}/this-page-does-not-exist/`);
        expect(response?.status()).toBe(404);
        await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].tag);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          SHOWN_STRINGS[locale]['notFound.title']!,
        );
        await expect(
          page.getByRole('link', { name: SHOWN_STRINGS[locale]['footer.allJobs']! }).first(),
        ).toBeVisible();
      });

      test('the skip link is the first Tab stop and moves focus to the main content', async ({
        page,
      }) => {
        await page.goto(`/${locale}/`);
        await page.keyboard.press('Tab');
        const skip = page.getByRole('link', { name: SHOWN_STRINGS[locale]['a11y.skipToContent']! });
        await expect(skip).toBeFocused();
        await expect(skip).toBeVisible();
        await page.keyboard.press('Enter');
        await expect(page.locator('main')).toBeFocused();
      });
    });
  }

  test.describe('root', () => {
    test("the root redirects temporarily to the visitor's language", async ({ request }) => {
      for (const [header, expected] of redirects) {
        const response = await request.get('/', {
          headers: { 'Accept-Language': header },
          maxRedirects: 0,
        });
        expect(response.status(), header).toBe(302);
        expect(response.headers()['location'], header).toBe(`/${expected}/`);
        expect(response.headers()['vary'], header).toContain('Accept-Language');
      }
    });

    test(`a browser set to ${browserLanguage.tag} lands on its language's site, even without JavaScript`, async ({
      browser,
    }) => {
      const context = await browser.newContext({
        locale: browserLanguage.tag,
        javaScriptEnabled: false,
      });
      const page = await context.newPage();
      await page.goto('/');
      expect(new URL(page.url()).pathname).toBe(`/${browserLanguage.locale}/`);
      await expect(page.locator('html')).toHaveAttribute(
        'lang',
        LOCALE_INFO[browserLanguage.locale].tag,
      );
      await context.close();
    });

    test('without JavaScript the language chooser offers every language as a link', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto('/index.html');
      for (const locale of locales) {
        const link = page.locator(`a[hreflang="${LOCALE_INFO[locale].tag}"]`);
        await expect(link).toHaveText(LOCALE_INFO[locale].endonym);
        await expect(link).toHaveAttribute('href', `/${locale}/`);
      }
      await context.close();
    });

    test("with JavaScript the chooser follows the browser's languages", async ({ browser }) => {
      const context = await browser.newContext({ locale: browserLanguage.tag });
      const page = await context.newPage();
      await page.goto('/index.html');
      await page.waitForURL(`**/${browserLanguage.locale}/`);
      await expect(page.locator('html')).toHaveAttribute(
        'lang',
        LOCALE_INFO[browserLanguage.locale].tag,
      );
      await context.close();
    });

    test('an unknown URL outside any language gets the multilingual 404 page', async ({ page }) => {
      const response = await page.goto('/nothing-here/');
      expect(response?.status()).toBe(404);
      for (const locale of locales)
        await expect(
          page.getByText(SHOWN_STRINGS[locale as Locale]['notFound.title']!).first(),
        ).toBeVisible();
    });
  });
}

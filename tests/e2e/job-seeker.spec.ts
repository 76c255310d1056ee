/**
 * A job seeker's journeys on the published site, in each language: find the intern
 * posting by browsing and by searching, read every benefit, the equal-opportunity
 * statement, and switch language without losing their place.
 */
import { expect, test } from '@playwright/test';
import { LOCALES, LOCALE_INFO, type Locale } from '../../src/i18n/config.ts';
import { SEGMENTS } from '../../src/i18n/routes.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';
import { dataFile, entry } from '../support/content.ts';

const INTERN = 'backend-engineer-intern';
const postingPath = (locale: Locale) =>
  `/${locale}/${SEGMENTS.jobs[locale]}/${entry('postings', INTERN, locale).slug}/`;
const pagePath = (id: string, locale: Locale) => {
  const data = entry('pages', id, locale);
  return data.kind === 'benefit'
    ? `/${locale}/${SEGMENTS.benefits[locale]}/${data.slug}/`
    : `/${locale}/${data.slug}/`;
};

for (const locale of LOCALES) {
  const t = SHOWN_STRINGS[locale];
  const posting = entry('postings', INTERN, locale);

  test.describe(`${LOCALE_INFO[locale].endonym} (${locale})`, () => {
    test('finds the intern posting from the home page by browsing', async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page
        .getByRole('navigation', { name: t['nav.label']! })
        .getByRole('link', { name: t['nav.jobs']!, exact: true })
        .click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t['jobs.title']!);
      await page.getByRole('link', { name: String(posting.title) }).click();
      expect(new URL(page.url()).pathname).toBe(postingPath(locale));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(String(posting.title));
    });

    test('finds the intern posting with the site search', async ({ page }) => {
      await page.goto(`/${locale}/`);
      await page
        .getByRole('navigation', { name: t['nav.label']! })
        .getByRole('link', { name: t['nav.search']!, exact: true })
        .click();
      const box = page.getByRole('searchbox', { name: t['search.label']! });
      await box.fill('backend');
      await box.press('Enter');
      const result = page
        .locator('[data-search-results] a')
        .filter({ hasText: String(posting.title) });
      await expect(result).toBeVisible();
      // Results stay in the page's language.
      for (const href of await page
        .locator('[data-search-results] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
        expect(href).toMatch(new RegExp(`^/${locale}/`));
      }
      await expect(page.getByRole('status')).toContainText('backend');
      expect(new URL(page.url()).searchParams.get('q')).toBe('backend');
      await result.press('Enter');
      expect(new URL(page.url()).pathname).toBe(postingPath(locale));
    });

    test('without JavaScript the search page offers the jobs list instead', async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${locale}/${SEGMENTS.search[locale]}/`);
      await expect(page.getByText(t['search.noJs']!)).toBeVisible();
      await expect(page.getByRole('searchbox')).toBeHidden();
      await page.locator('main').getByRole('link', { name: t['footer.allJobs']! }).click();
      expect(new URL(page.url()).pathname).toBe(`/${locale}/${SEGMENTS.jobs[locale]}/`);
      await context.close();
    });

    test('the posting shows its key facts, Apply at top and bottom, and who to ask', async ({
      page,
    }) => {
      await page.goto(postingPath(locale));
      const facts = page.getByRole('region', { name: t['posting.keyFacts']! });
      await expect(facts).toContainText('Madrid');
      await expect(facts).toContainText(t['employmentType.INTERN']!);
      await expect(facts).toContainText(t['workMode.hybrid']!);
      const apply = page.locator('a[data-apply]');
      await expect(apply).toHaveCount(2);
      for (const link of await apply.all())
        await expect(link).toHaveAttribute('href', String(posting.applyUrl));
      await expect(page.getByRole('heading', { name: t['posting.questions']! })).toBeVisible();
      await expect(
        page.getByText(String((posting.contact as { name: string }).name)),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: t['fraud.title']! }).first()).toBeVisible();
    });

    test('every benefit the posting names is reachable from it', async ({ page }) => {
      await page.goto(postingPath(locale));
      for (const id of posting.benefits as string[]) {
        const target = pagePath(id, locale);
        const link = page.locator(`main a[href="${target}"]`).first();
        await expect(link, id).toBeVisible();
        const response = await page.request.get(target);
        expect(response.status(), target).toBe(200);
      }
    });

    test('the equal-opportunity statement is linked from the posting and the footer', async ({
      page,
    }) => {
      const target = pagePath('equal-opportunity', locale);
      await page.goto(postingPath(locale));
      await expect(page.locator(`main a[href="${target}"]`).first()).toBeVisible();
      await expect(page.locator(`footer a[href="${target}"]`)).toHaveText(
        t['footer.equalOpportunity']!,
      );
    });

    test('the bus routes shown match the data file, in this language', async ({ page }) => {
      const routes = dataFile<{ id: string; name: Record<Locale, string> }[]>('bus-routes.yaml');
      await page.goto(pagePath('company-bus', locale));
      const rows = page.locator('[data-bus-routes] tbody tr');
      await expect(rows).toHaveCount(routes.length);
      await expect(rows.locator('th')).toHaveText(routes.map((route) => route.name[locale]));
      await expect(page.locator('[data-schematic-route]')).toHaveText(
        routes.map((route) => route.name[locale]),
      );
      await expect(page.locator('[data-bus-routes] figcaption')).toContainText(
        routes.map((route) => route.name[locale]).at(-1)!,
      );
    });

    test('switching language on a posting keeps the reader on that posting', async ({ page }) => {
      await page.goto(postingPath(locale));
      for (const other of LOCALES.filter((l) => l !== locale)) {
        await page.goto(postingPath(locale));
        await page.locator(`a[data-switch-locale="${other}"]`).click();
        expect(new URL(page.url()).pathname).toBe(postingPath(other));
      }
    });

    test('printing a posting drops the navigation and prints link addresses', async ({ page }) => {
      await page.goto(postingPath(locale));
      await page.emulateMedia({ media: 'print' });
      await expect(page.locator('body > header')).toBeHidden();
      await expect(page.locator('body > footer')).toBeHidden();
      const after = await page
        .locator('.prose-careers a')
        .first()
        .evaluate((a) => getComputedStyle(a, '::after').content);
      expect(after).toContain('/');
    });
  });
}

for (const locale of LOCALES.filter((l) => l !== 'fr')) {
  test(`the ${locale} equal-opportunity page shows its translation and the French original marked lang="fr"`, async ({
    page,
  }) => {
    await page.goto(pagePath('equal-opportunity', locale));
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    const original = page.locator('[data-original]');
    await expect(original.getByRole('heading', { level: 2 })).toContainText(
      SHOWN_STRINGS[locale]['page.original']!.replace('{{language}}', '')
        .replace(/[()]/g, '')
        .trim(),
    );
    const french = original.locator('[lang="fr"]');
    await expect(french).toContainText('Chez ING, nous voulons libérer tout le potentiel');
    await expect(page.locator('main article > .prose-careers')).not.toContainText(
      'Chez ING, nous voulons',
    );
  });
}

test('the French equal-opportunity page is the original, with no second copy', async ({ page }) => {
  await page.goto(pagePath('equal-opportunity', 'fr'));
  await expect(page.locator('main')).toContainText(
    'Chez ING, nous voulons libérer tout le potentiel',
  );
  await expect(page.locator('[data-original]')).toHaveCount(0);
});

test('no fake posting from the test fixtures is published', async ({ request }) => {
  for (const locale of LOCALES) {
    const html = await (await request.get(`/${locale}/${SEGMENTS.jobs[locale]}/`)).text();
    expect(html).not.toMatch(/fixture/i);
  }
  expect(await (await request.get('/sitemap-0.xml')).text()).not.toMatch(/fixture/i);
});

for (const locale of LOCALES) {
  test(`the ${locale} privacy notice is in the footer, and the site sets no cookie and, until something is saved, stores nothing`, async ({
    page,
    context,
  }) => {
    await page.goto(`/${locale}/`);
    await page
      .locator('footer')
      .getByRole('link', { name: SHOWN_STRINGS[locale]['footer.privacy']! })
      .click();
    expect(new URL(page.url()).pathname).toBe(pagePath('privacy', locale));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      String(entry('pages', 'privacy', locale).title),
    );
    for (const path of [
      `/${locale}/${SEGMENTS.jobs[locale]}/?q=backend`,
      postingPath(locale),
      `/${locale}/${SEGMENTS.search[locale]}/?q=backend`,
    ])
      await page.goto(path);
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
  });
}

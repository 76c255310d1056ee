/**
 * The jobs list at 1,000 postings (tests/support/buildManyPostings.ts), where it has pages:
 * without JavaScript every open posting is on one of them, reached by the list's links;
 * with it, the filters search every open posting, not only the page's. The home page
 * shows the newest few and leads to the list.
 */
import { expect, test, type Page } from '@playwright/test';
import { LOCALES } from '../../src/i18n/config.ts';
import {
  HOME_POSTINGS,
  JOBS_PAGE_SIZE,
  jobsPageCount,
  jobsPagePath,
  openPostingsPath,
} from '../../src/lib/jobsPages.ts';
import type { PostingCardData } from '../../src/shared/jobFilterState.ts';
import { wcagViolations } from '../support/axe.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';

const cards = (page: Page) => page.locator('[data-job-list] > li:visible');
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name]));

for (const locale of LOCALES) {
  const t = SHOWN_STRINGS[locale];

  test.describe(`the jobs list at 1,000 postings (${locale})`, () => {
    test('without JavaScript, each open posting is on one page of the list, in order, and the pages lead from one to the next', async ({
      request,
    }) => {
      const open = (await (
        await request.get(openPostingsPath(locale))
      ).json()) as PostingCardData[];
      expect(open.length).toBeGreaterThan(1000);
      const listed: string[] = [];
      let pages = 0;
      for (let next: string | undefined = jobsPagePath(locale, 1); next; pages += 1) {
        const html = await (await request.get(next)).text();
        const onPage = [...html.matchAll(/<a href="([^"]+)" data-card-title>/g)].map((m) => m[1]!);
        expect(onPage.length, next).toBeLessThanOrEqual(JOBS_PAGE_SIZE);
        listed.push(...onPage);
        next = /<a href="([^"]+)" rel="next"/.exec(html)?.[1];
      }
      expect(pages).toBe(jobsPageCount(open.length));
      expect(listed).toEqual(open.map((card) => card.path));
    });

    test('without JavaScript, a page of the list says which it is, and links to its neighbours, the first and the last', async ({
      browser,
    }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(jobsPagePath(locale, 2));
      const pages = await page.locator('[data-job-pages] a[aria-label]').last().innerText();
      const title = fill(t['jobs.pageTitle']!, { page: 2, pages });
      expect(await page.title()).toContain(title);
      const links = page.getByRole('navigation', { name: t['jobs.pages']! });
      await expect(links.locator('[aria-current="page"]')).toHaveAccessibleName(
        fill(t['jobs.pageLink']!, { page: 2 }),
      );
      await expect(cards(page)).toHaveCount(JOBS_PAGE_SIZE);
      await expect(page.getByRole('search')).toHaveCount(0);
      await links.getByRole('link', { name: t['jobs.previousPage']! }).click();
      expect(new URL(page.url()).pathname).toBe(jobsPagePath(locale, 1));
      await links.getByRole('link', { name: fill(t['jobs.pageLink']!, { page: pages }) }).click();
      expect(new URL(page.url()).pathname).toBe(jobsPagePath(locale, Number(pages)));
      await expect(links.getByRole('link', { name: t['jobs.nextPage']! })).toHaveCount(0);
      await context.close();
    });

    test('a filter searches every open posting, not only the page, and cleared, the page comes back', async ({
      page,
      request,
    }) => {
      const open = (await (
        await request.get(openPostingsPath(locale))
      ).json()) as PostingCardData[];
      const inZaragoza = open.filter((card) => card.location === 'Zaragoza');
      // Generated postings are numbered in their titles, and no other number holds 999.
      const late = open.find((card) => card.title.endsWith(' 999'))!;
      expect(open.indexOf(late)).toBeGreaterThanOrEqual(JOBS_PAGE_SIZE);
      await page.goto(jobsPagePath(locale, 1));
      await expect(cards(page)).toHaveCount(JOBS_PAGE_SIZE);
      const pageLinks = page.getByRole('navigation', { name: t['jobs.pages']! });
      await expect(pageLinks).toBeVisible();

      await page.getByLabel(t['jobs.filterLocation']!).selectOption('Zaragoza');
      await expect(cards(page)).toHaveCount(inZaragoza.length);
      await expect(page.getByRole('status')).toHaveText(
        fill(t['jobs.shown_other']!, { count: inZaragoza.length }),
      );
      await expect(pageLinks).toBeHidden();
      // Drawn as the page draws them: a link to the posting, its facts, a working Save toggle.
      const drawn = cards(page).last();
      await expect(drawn.getByRole('link', { name: inZaragoza.at(-1)!.title })).toHaveAttribute(
        'href',
        inZaragoza.at(-1)!.path,
      );
      await expect(drawn.locator('[data-pay-range]')).toHaveText(inZaragoza.at(-1)!.pay!);
      const save = drawn.getByRole('button', {
        name: t['saved.saveLabel']!.replace('{{title}}', inZaragoza.at(-1)!.title),
      });
      await save.click();
      await expect(save).toHaveAttribute('aria-pressed', 'true');

      // A posting of a later page, found from the first by its title.
      await page.getByLabel(t['jobs.filterLocation']!).selectOption('');
      await page.getByLabel(t['jobs.filterText']!).fill(late.title);
      await expect(cards(page)).toHaveCount(1);
      await expect(cards(page).getByRole('link').first()).toHaveAttribute('href', late.path);

      await page.getByLabel(t['jobs.filterText']!).fill('');
      await expect(cards(page)).toHaveCount(JOBS_PAGE_SIZE);
      await expect(pageLinks).toBeVisible();
      await expect(page.getByRole('status')).toHaveText(
        fill(t['jobs.count_other']!, { count: open.length }),
      );
    });

    test('the home page shows the newest postings and leads to every one', async ({ page }) => {
      await page.goto(`/${locale}/`);
      const section = page.getByRole('region', { name: t['home.openPositions']! });
      await expect(
        section.getByRole('listitem').filter({ has: page.getByRole('heading') }),
      ).toHaveCount(HOME_POSTINGS);
      await section.getByRole('link', { name: t['home.allJobs']! }).click();
      expect(new URL(page.url()).pathname).toBe(jobsPagePath(locale, 1));
    });

    test('a page of the list and its filtered results have no WCAG 2.2 AA violation, at 320 px without scrolling sideways', async ({
      browser,
    }) => {
      // Axe reads the whole list, a thousand cards once filtered.
      test.setTimeout(90_000);
      const context = await browser.newContext({
        viewport: { width: 320, height: 640 },
        colorScheme: 'dark',
        reducedMotion: 'reduce',
      });
      const page = await context.newPage();
      await page.goto(jobsPagePath(locale, 5));
      expect(await wcagViolations(page), 'page 5').toEqual([]);
      expect(
        await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        ),
      ).toBeLessThanOrEqual(0);
      await page.getByLabel(t['jobs.filterText']!).fill(' 99');
      await expect(page.getByRole('navigation', { name: t['jobs.pages']! })).toBeHidden();
      await expect(cards(page).first()).toBeVisible();
      expect(await wcagViolations(page), 'filtered').toEqual([]);
      await context.close();
    });
  });
}

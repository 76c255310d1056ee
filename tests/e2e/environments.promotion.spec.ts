/**
 * Build once, deploy the same artefact: one production build, served by nginx from one
 * folder with the integration config and with the production config. Integration says
 * so on every page and keeps search engines out; production is indexable and shows no
 * banner; and every file is byte for byte the same in both.
 */
import { expect, test } from '@playwright/test';
import { wcagViolations } from '../support/axe.ts';
import { expectRobotsFiles } from '../support/hostAssertions.ts';
import { LOCALES } from '../../src/i18n/config.ts';
import { pathFor } from '../../src/i18n/routes.ts';
import { useTranslations } from '../../src/i18n/translations.ts';
import {
  INTEGRATION_HOST_PORT,
  PRODUCTION_HOST_PORT,
  PRODUCTION_SITE_URL,
} from '../support/servers.ts';

const INTEGRATION = `http://localhost:${INTEGRATION_HOST_PORT}`;
const PRODUCTION = `http://localhost:${PRODUCTION_HOST_PORT}`;

test('integration and production serve the same files', async ({ request }) => {
  const paths = [
    '/index.html',
    '/en/',
    pathFor('es', { kind: 'jobs' }),
    pathFor('fr', { kind: 'alerts' }),
    '/en/rss.xml',
    '/sitemap-index.xml',
    '/environment.css',
  ];
  for (const path of paths) {
    const [integration, production] = await Promise.all([
      request.get(`${INTEGRATION}${path}`),
      request.get(`${PRODUCTION}${path}`),
    ]);
    expect(integration.status(), path).toBe(200);
    expect(production.status(), path).toBe(200);
    if (path === '/environment.css') {
      // The one difference, and it is the host's: integration serves another file at this address.
      expect(await integration.text()).not.toEqual(await production.text());
    } else {
      expect(await integration.body(), path).toEqual(await production.body());
    }
  }
});

test('integration keeps search engines out by header and robots.txt; production invites them to the sitemap', async ({
  request,
}) => {
  for (const path of ['/', '/en/', pathFor('es', { kind: 'jobs' }), '/fr/rss.xml']) {
    const integration = await request.get(`${INTEGRATION}${path}`, { maxRedirects: 0 });
    expect(integration.headers()['x-robots-tag'], path).toBe('noindex, nofollow');
    const production = await request.get(`${PRODUCTION}${path}`, { maxRedirects: 0 });
    expect(production.headers()['x-robots-tag'], path).toBeUndefined();
  }
  await expectRobotsFiles(request, INTEGRATION, PRODUCTION);
});

for (const locale of LOCALES) {
  const t = useTranslations(locale);
  const banner = t('env.banner', { environment: t('env.integration') });

  test(`in integration every ${locale} page says it is integration, accessibly`, async ({
    page,
  }) => {
    for (const path of [pathFor(locale, { kind: 'home' }), pathFor(locale, { kind: 'jobs' })]) {
      await page.goto(`${INTEGRATION}${path}`);
      await expect(page.getByRole('note').filter({ hasText: banner })).toBeVisible();
    }
    expect(await wcagViolations(page)).toEqual([]);
  });

  test(`in production the ${locale} pages show no environment banner and are indexable, with canonical links to the production site`, async ({
    page,
  }) => {
    const path = pathFor(locale, { kind: 'jobs' });
    await page.goto(`${PRODUCTION}${path}`);
    await expect(page.getByText(banner)).toBeHidden();
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'index, follow');
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${PRODUCTION_SITE_URL}${path}`,
    );
  });
}

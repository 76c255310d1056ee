/**
 * The built site behind Debian's nginx with the generated production config: the
 * security header set (Mozilla Observatory's A+ list), the root language redirect,
 * localized 404s, compression, cache rules, and every page working under the header CSP.
 */
import { expect, test } from '@playwright/test';
import { LOCALES, LOCALE_INFO } from '../../src/i18n/config.ts';
import { SEGMENTS, pathFor } from '../../src/i18n/routes.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';
import { allPagePaths } from '../support/pages.ts';
import { expectSharedResources } from '../support/hostAssertions.ts';

test('HTML pages carry the full security header set', async ({ request }) => {
  for (const path of ['/en/', `/es/${SEGMENTS.jobs.es}/`, '/fr/404/', '/index.html']) {
    const headers = (await request.get(path)).headers();
    const csp = headers['content-security-policy'] ?? '';
    const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("default-src 'self'");
    expect(csp, path).toContain("object-src 'none'");
    expect(scriptSrc, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(
      Number(/max-age=(\d+)/.exec(headers['strict-transport-security'] ?? '')?.[1]),
      path,
    ).toBeGreaterThanOrEqual(15_768_000);
    expect(headers['x-content-type-options'], path).toBe('nosniff');
    expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
    expect(headers['x-frame-options'], path).toBe('DENY');
    expect(headers['cross-origin-opener-policy'], path).toBe('same-origin');
    expect(headers['cross-origin-resource-policy'], path).toBe('same-origin');
    expect(headers['permissions-policy'], path).toContain('camera=()');
    expect(headers['server'], path).toBe('nginx');
  }
});

test('the root redirects temporarily by Accept-Language', async ({ request }) => {
  for (const [header, locale] of [
    ['es-ES,es;q=0.9', 'es'],
    ['fr-CA, en;q=0.5', 'fr'],
    ['en-GB,es;q=0.5', 'en'],
    ['de-DE, fr;q=0.8', 'fr'],
    ['ja', 'en'],
    // The first language listed that the site has, not the first one found anywhere.
    ['de, en;q=0.9, fr', 'en'],
    // Estonian is not Spanish.
    ['et-EE,et', 'en'],
  ] as const) {
    const response = await request.get('/', {
      headers: { 'Accept-Language': header },
      maxRedirects: 0,
    });
    expect(response.status(), header).toBe(302);
    expect(response.headers()['location'], header).toBe(`/${locale}/`);
    expect(response.headers()['vary'], header).toContain('Accept-Language');
  }
});

for (const locale of LOCALES) {
  test(`an unknown ${locale} URL gets the ${locale} 404 page with status 404 and the headers`, async ({
    page,
  }) => {
    const response = await page.goto(`/${locale}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(response?.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].tag);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      SHOWN_STRINGS[locale]['notFound.title']!,
    );
  });
}

test('text is compressed, fingerprinted assets are immutable for a year, HTML revalidates', async ({
  request,
  page,
}) => {
  // The CSS is inlined: the jobs list's script is a fingerprinted file large enough to compress.
  await page.goto(pathFor('en', { kind: 'jobs' }));
  const scripts = await page
    .locator('script[src^="/_astro/"]')
    .evaluateAll((elements) => elements.map((element) => element.getAttribute('src')!));
  const html = await request.get('/en/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(html.headers()['content-encoding']).toBe('gzip');
  expect(html.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');
  const assets = await Promise.all(
    scripts.map((src) => request.get(src, { headers: { 'Accept-Encoding': 'gzip' } })),
  );
  expect(assets.length).toBeGreaterThan(0);
  for (const asset of assets)
    expect(asset.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(assets.some((asset) => asset.headers()['content-encoding'] === 'gzip')).toBe(true);
});

test('every page works under the header CSP: no violation, search and filters run', async ({
  page,
}) => {
  // A crawl of the whole site, one page after another: far more than one page's time.
  test.setTimeout(180_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text()))
      violations.push(`${page.url()}: ${message.text()}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      console.error(`Refused to load (CSP): ${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  for (const path of allPagePaths('dist')) await page.goto(path);
  await page.goto(`/en/${SEGMENTS.search.en}/?q=backend`);
  await expect(page.locator('[data-search-results] a').first()).toBeVisible();
  await page.goto(`/es/${SEGMENTS.jobs.es}/?q=zzzz`);
  await expect(page.getByRole('status')).toHaveText(
    SHOWN_STRINGS.es['jobs.shown_other']!.replace('{{count}}', '0'),
  );
  expect(violations).toEqual([]);
});

test('other sites may show the OG images and the logo; the pages stay same-origin', async ({
  request,
  baseURL,
}) => {
  await expectSharedResources(request, baseURL!);
});

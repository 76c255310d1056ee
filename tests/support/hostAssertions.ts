/**
 * One set of assertions for every host whose own local runtime serves the production build
 * (tests/e2e/hosting.<host>.spec.ts): the host reads every line of its generated config
 * without a warning; the security headers and cache rules; what `/` does; the 404s; and
 * the integration environment after `npm run hosting:environment -- --env integration`.
 * What a host cannot do is said in its profile, and the README's hosting table says the same.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { LOCALES, LOCALE_INFO, type Locale } from '../../src/i18n/config.ts';
import { pathFor } from '../../src/i18n/routes.ts';
import { useTranslations } from '../../src/i18n/translations.ts';
import { SHOWN_STRINGS } from './i18n.ts';
import { siteFacts } from '../../src/build/hosting/writeHostConfigs.ts';
import {
  ADMIN_PATH,
  CACHE_RULES,
  ENVIRONMENT_PROFILES,
  SECURITY_HEADERS,
  SHARED_RESOURCES,
  contentSecurityPolicy,
  editorHeaders,
} from '../../src/build/hosting/policy.ts';
import { editorConnectSources } from '../../src/build/editor/editorBackend.ts';
import {
  SITE_RESULTS,
  TRANSPORT_RULES,
  observatoryGrade,
  observatoryRules,
  route,
} from './observatory.ts';
import {
  PRODUCTION_EDITOR,
  PRODUCTION_EDITOR_OUT_DIR,
  PRODUCTION_OUT_DIR,
  PRODUCTION_SITE_URL,
  hostOrigin,
  hostWorkDir,
  type HostRuntime,
  type HostRuntimeEnvironment,
} from './servers.ts';

const ENVIRONMENTS = [
  'production',
  'integration',
  'editor',
] as const satisfies HostRuntimeEnvironment[];

/** What a host's helper left: the copy of the site it serves and everything the host printed. */
/** Integration's robots.txt keeps every crawler out; production's invites them to the sitemap. */
export async function expectRobotsFiles(
  request: APIRequestContext,
  integration: string,
  production: string,
): Promise<void> {
  const integrationRobots = await (await request.get(`${integration}/robots.txt`)).text();
  expect(integrationRobots).toMatch(/^User-agent: \*\nDisallow: \/$/m);
  const productionRobots = await (await request.get(`${production}/robots.txt`)).text();
  expect(productionRobots).toContain('Allow: /');
  expect(productionRobots).not.toContain('Disallow');
  expect(productionRobots).toContain(`Sitemap: ${PRODUCTION_SITE_URL}/sitemap-index.xml`);
}

/**
 * Link previews and web feed readers load the OG images and the logo from their own origin:
 * those answer `Cross-Origin-Resource-Policy: cross-origin`, with every other header of the
 * policy; pages, scripts and the rest stay `same-origin`.
 */
export async function expectSharedResources(request: APIRequestContext, origin: string) {
  const html = await (await request.get(`${origin}/en/`)).text();
  const ogImage = /<meta property="og:image" content="https?:\/\/[^/"]+(\/og\/[^"]+)"/.exec(
    html,
  )?.[1];
  expect(ogImage, "the home page's og:image").toBeDefined();
  const [name, value] = Object.entries(SHARED_RESOURCES.headers)[0]!;
  for (const pathname of [ogImage!, '/logo.svg', '/favicon.svg']) {
    const response = await request.get(`${origin}${pathname}`);
    expect(response.status(), pathname).toBe(200);
    expect(response.headers()[name.toLowerCase()], pathname).toBe(value);
    expect(response.headers()['strict-transport-security'], pathname).toBe(
      SECURITY_HEADERS['Strict-Transport-Security'],
    );
  }
  for (const pathname of ['/en/', await fingerprintedAsset(request, origin), '/en/rss.xml'])
    expect(
      (await request.get(`${origin}${pathname}`)).headers()[name.toLowerCase()],
      pathname,
    ).toBe(SECURITY_HEADERS[name]);
}

export interface Served {
  site: string;
  log: string;
  /** The log's lines, without colour codes. */
  lines: string[];
}

export function served(host: HostRuntime, environment: HostRuntimeEnvironment): Served {
  const work = path.resolve(hostWorkDir(host, environment));
  const log = readFileSync(path.join(work, 'serve.log'), 'utf8');
  // eslint-disable-next-line no-control-regex
  const lines = log.replace(/\x1b\[[0-9;]*m/g, '').split('\n');
  return { site: path.join(work, 'site'), log, lines };
}

/** Lines that look like a complaint: a warning, an error, something invalid or ignored. */
export const COMPLAINT =
  /warn|error|invalid|ignor|fail|deprecat|unsupported|not (be )?(found|valid)/i;

export interface HostProfile {
  host: HostRuntime;
  /** As the README's hosting table names it. */
  name: string;
  /**
   * What `/` does: a temporary redirect by Accept-Language (the host's own rules), or the
   * root page, whose script follows the browser's languages (and whose links work without it).
   */
  root: 'accept-language redirect' | 'root page script';
  /** An unknown URL under a locale gets that locale's 404 page, or the three-language one. */
  notFound: 'per locale' | 'three languages';
  /** False where 404 responses come without the configured headers. */
  headersOn404: boolean;
  /**
   * That the host read every rule of its config: the host's own report of what it parsed,
   * compared with the generated files. Complaints are checked for every host.
   */
  readEveryRule: (served: Served, environment: HostRuntimeEnvironment) => void;
  /** Lines of the host's output that contain a complaint word but are not about the config. */
  harmless?: RegExp[];
  /** Headers the host adds of its own to every page (the README's hosting table lists them). */
  hostHeaders: Record<string, string>;
  /** Where the host's own headers change an Observatory rule's result (tests/support/observatory.ts). */
  observatory?: Record<string, string>;
}

const expectedCsp = () => contentSecurityPolicy(siteFacts(path.resolve(PRODUCTION_OUT_DIR)));

/** The full header set of the policy, exactly, on one response. */
function expectSecurityHeaders(
  headers: Record<string, string>,
  where: string,
  csp: string,
  overrides: Record<string, string> = {},
) {
  expect(headers['content-security-policy'], where).toBe(csp);
  for (const [name, value] of Object.entries({ ...SECURITY_HEADERS, ...overrides }))
    expect(headers[name.toLowerCase()], `${where}: ${name}`).toBe(value);
}

/** A fingerprinted file /en/ loads: a script (the CSS is inlined in the pages). */
async function fingerprintedAsset(request: APIRequestContext, origin: string): Promise<string> {
  const html = await (await request.get(`${origin}/en/`)).text();
  const src = /<script type="module" src="(\/_astro\/[^"]+\.js)"/.exec(html)?.[1];
  expect(src, 'a fingerprinted script on /en/').toBeDefined();
  return src!;
}

export function hostSuite(profile: HostProfile): void {
  const production = hostOrigin(profile.host, 'production');
  const integration = hostOrigin(profile.host, 'integration');

  for (const environment of ENVIRONMENTS) {
    test(`${profile.name}, ${environment}: reads every line of the generated config, without a warning`, () => {
      const output = served(profile.host, environment);
      profile.readEveryRule(output, environment);
      const complaints = output.lines.filter(
        (line) =>
          COMPLAINT.test(line) && !(profile.harmless ?? []).some((pattern) => pattern.test(line)),
      );
      expect(complaints, output.log).toEqual([]);
    });
  }

  test(`${profile.name}: pages, assets and feeds carry the full security header set`, async ({
    request,
  }) => {
    const csp = expectedCsp();
    const asset = await fingerprintedAsset(request, production);
    for (const pathname of [
      '/en/',
      pathFor('es', { kind: 'jobs' }),
      '/fr/404/',
      asset,
      '/favicon.svg',
      '/en/rss.xml',
      '/robots.txt',
    ]) {
      const response = await request.get(`${production}${pathname}`, { maxRedirects: 0 });
      expect(response.status(), pathname).toBe(200);
      const shared = pathname === '/favicon.svg' ? SHARED_RESOURCES.headers : {};
      expectSecurityHeaders(response.headers(), pathname, csp, shared);
      expect(response.headers()['x-robots-tag'], pathname).toBeUndefined();
      for (const [name, value] of Object.entries(profile.hostHeaders))
        expect(response.headers()[name], `${pathname}: ${name}, the host's own`).toBe(value);
    }
  });

  test(`${profile.name}: fingerprinted assets are immutable for a year, everything else revalidates`, async ({
    request,
  }) => {
    const asset = await fingerprintedAsset(request, production);
    expect((await request.get(`${production}${asset}`)).headers()['cache-control']).toBe(
      CACHE_RULES.immutable.value,
    );
    for (const pathname of [
      '/en/',
      pathFor('fr', { kind: 'jobs' }),
      '/en/rss.xml',
      '/environment.css',
    ])
      expect(
        (await request.get(`${production}${pathname}`)).headers()['cache-control'],
        pathname,
      ).toBe(CACHE_RULES.revalidate);
  });

  if (profile.root === 'accept-language redirect') {
    test(`${profile.name}: the root redirects temporarily by Accept-Language`, async ({
      request,
    }) => {
      for (const [header, locale] of [
        ['es-ES,es;q=0.9', 'es'],
        ['fr-CA, en;q=0.5', 'fr'],
        ['en-GB,es;q=0.5', 'en'],
        ['ja', 'en'],
      ] as const) {
        const response = await request.get(`${production}/`, {
          headers: { 'Accept-Language': header },
          maxRedirects: 0,
        });
        expect(response.status(), header).toBe(302);
        expect(new URL(response.headers()['location']!, production).pathname, header).toBe(
          `/${locale}/`,
        );
      }
    });
  } else {
    test(`${profile.name}: the root serves the language chooser, with its headers and a link to each language`, async ({
      request,
    }) => {
      const response = await request.get(`${production}/`, {
        headers: { 'Accept-Language': 'es-ES,es;q=0.9' },
        maxRedirects: 0,
      });
      expect(response.status()).toBe(200);
      expectSecurityHeaders(response.headers(), '/', expectedCsp());
      const html = await response.text();
      for (const locale of LOCALES) expect(html).toContain(`href="/${locale}/"`);
    });

    for (const [browser, locale] of [
      ['es-ES', 'es'],
      ['fr-CA', 'fr'],
      ['de-DE', 'en'],
    ] as const) {
      test.describe(() => {
        test.use({ locale: browser });
        test(`${profile.name}: the root page's script takes a ${browser} browser to /${locale}/`, async ({
          page,
        }) => {
          await page.goto(`${production}/`);
          await expect(page).toHaveURL(`${production}/${locale}/`);
          await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].tag);
        });
      });
    }
  }

  for (const locale of LOCALES) {
    const expected: Locale | 'all' = profile.notFound === 'per locale' ? locale : 'all';
    test(`${profile.name}: an unknown ${locale} URL gets ${expected === 'all' ? 'the three-language' : `the ${locale}`} 404 page, with status 404`, async ({
      page,
    }) => {
      const response = await page.goto(`${production}/${locale}/no-such-page/`);
      expect(response?.status()).toBe(404);
      const headers = response?.headers() ?? {};
      if (profile.headersOn404)
        expectSecurityHeaders(headers, `/${locale}/no-such-page/`, expectedCsp());
      else expect(headers['content-security-policy']).toBeUndefined();
      // Whatever the host sends, the page keeps search engines out itself.
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
      if (expected === 'all') {
        for (const other of LOCALES)
          await expect(page.locator(`[lang="${LOCALE_INFO[other].tag}"]`).first()).toBeVisible();
        await expect(page.getByRole('heading', { level: 1 })).toContainText(
          SHOWN_STRINGS[locale]['notFound.title']!,
        );
      } else {
        await expect(page.locator('html')).toHaveAttribute('lang', LOCALE_INFO[locale].tag);
        await expect(page.getByRole('heading', { level: 1 })).toHaveText(
          SHOWN_STRINGS[locale]['notFound.title']!,
        );
      }
    });
  }

  test(`${profile.name}: an unknown URL outside the locales gets the three-language 404 page`, async ({
    request,
  }) => {
    const response = await request.get(`${production}/no-such-page`);
    expect(response.status()).toBe(404);
    const html = await response.text();
    for (const locale of LOCALES) expect(html).toContain(SHOWN_STRINGS[locale]['notFound.title']!);
    if (profile.headersOn404)
      expectSecurityHeaders(response.headers(), '/no-such-page', expectedCsp());
  });

  test(`${profile.name}: pages work under the header CSP (no violation; search and filters run)`, async ({
    page,
  }) => {
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
    for (const locale of LOCALES)
      await page.goto(`${production}${pathFor(locale, { kind: 'home' })}`);
    await page.goto(`${production}${pathFor('en', { kind: 'search' })}?q=backend`);
    await expect(page.locator('[data-search-results] a').first()).toBeVisible();
    await page.goto(`${production}${pathFor('es', { kind: 'jobs' })}?q=zzzz`);
    await expect(page.getByRole('status')).toHaveText(
      SHOWN_STRINGS.es['jobs.shown_other']!.replace('{{count}}', '0'),
    );
    expect(violations).toEqual([]);
  });

  test(`${profile.name}: integration keeps search engines out by header and robots.txt; production invites them to the sitemap`, async ({
    request,
  }) => {
    const [robotsTag] = Object.values(ENVIRONMENT_PROFILES.integration.headers);
    const asset = await fingerprintedAsset(request, integration);
    for (const pathname of [
      '/en/',
      pathFor('es', { kind: 'jobs' }),
      '/fr/rss.xml',
      asset,
      '/robots.txt',
    ]) {
      const response = await request.get(`${integration}${pathname}`);
      expect(response.status(), pathname).toBe(200);
      expect(response.headers()['x-robots-tag'], pathname).toBe(robotsTag);
      expectSecurityHeaders(response.headers(), `integration ${pathname}`, expectedCsp());
      expect(
        (await request.get(`${production}${pathname}`)).headers()['x-robots-tag'],
        pathname,
      ).toBeUndefined();
    }
    await expectRobotsFiles(request, integration, production);
  });

  // The emulators serve plain http; HTTPS and its redirect are each platform's own (both
  // serve sites over https only), so only the header rules are scored here, and nginx
  // behind TLS is scored on all ten (observatory.nginx.spec.ts).
  const observatoryResults = {
    ...SITE_RESULTS,
    // The language chooser at / runs only its hashed inline script.
    ...(profile.root === 'root page script'
      ? { 'subresource-integrity': 'sri-not-implemented-but-no-scripts-loaded' }
      : {}),
    ...profile.observatory,
  };
  const headerRules = Object.entries(observatoryResults).filter(
    ([rule]) => !TRANSPORT_RULES.includes(rule),
  );
  const scoredPage = async () => (await route(new URL(`${production}/`))).at(-1)!;
  for (const [rule, expected] of headerRules)
    test(`${profile.name}: Observatory rule ${rule}: ${expected}`, async () => {
      const result = observatoryRules({ page: await scoredPage() }).find(
        (found) => found.rule === rule,
      );
      expect(result?.result).toBe(expected);
    });

  test(`${profile.name}: the Observatory's header rules score A+`, async () => {
    const results = observatoryRules({ page: await scoredPage() }).filter(
      ({ rule }) => !TRANSPORT_RULES.includes(rule),
    );
    expect(observatoryGrade(results)).toEqual({ score: 125, grade: 'A+' });
  });

  test(`${profile.name}: other sites may show the OG images and the logo; the pages stay same-origin`, async ({
    request,
  }) => {
    await expectSharedResources(request, production);
  });

  const editor = hostOrigin(profile.host, 'editor');
  const editorConfig = readFileSync(path.join(PRODUCTION_EDITOR_OUT_DIR, 'config.yml'), 'utf8');

  test(`${profile.name}: the public site has no visual editor; its own origin serves it, with the editor's policy on every response`, async ({
    request,
  }) => {
    for (const pathname of [ADMIN_PATH, `${ADMIN_PATH}config.yml`, `${ADMIN_PATH}decap-cms.js`])
      expect((await request.get(`${production}${pathname}`)).status(), pathname).toBe(404);
    const expected = editorHeaders(editorConnectSources(editorConfig));
    // The page's own script, and the site's stylesheet that its preview pane shows entries in.
    const page = readFileSync(path.join(PRODUCTION_EDITOR_OUT_DIR, 'index.html'), 'utf8');
    const stylesheet = /<meta name="careers-preview-style" content="([^"]+)">/.exec(page)?.[1];
    expect(stylesheet).toBe('/preview.css');
    for (const pathname of [
      '/',
      '/config.yml',
      '/decap-cms.js',
      '/editor/main.js',
      stylesheet!,
      '/robots.txt',
    ]) {
      const response = await request.get(`${editor}${pathname}`);
      expect(response.status(), pathname).toBe(200);
      for (const [name, value] of Object.entries(expected))
        expect(response.headers()[name.toLowerCase()], `${pathname}: ${name}`).toBe(value);
    }
    expect(await (await request.get(`${editor}/robots.txt`)).text()).toMatch(/^Disallow: \/$/m);
    const config = await (await request.get(`${editor}/config.yml`)).text();
    expect(config).toContain(`repo: ${PRODUCTION_EDITOR.CMS_REPO}`);
    expect(config).toContain(`site_url: ${PRODUCTION_SITE_URL}`);
  });

  test(`${profile.name}: the editor runs under its policy on its own origin and offers the GitHub sign-in; the site's pages cannot read what it stores`, async ({
    page,
  }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        violations.push(message.text());
    });
    await page.goto(`${editor}/`);
    await expect(page.getByRole('button', { name: /GitHub/ })).toBeVisible({ timeout: 20_000 });
    expect(violations).toEqual([]);
    // Decap keeps the signed-in editor's token in its origin's storage.
    await page.evaluate(() => localStorage.setItem('decap-cms-user', '{"token":"secret"}'));
    await page.goto(`${production}/en/`);
    expect(await page.evaluate(() => localStorage.getItem('decap-cms-user'))).toBeNull();
  });

  for (const locale of LOCALES) {
    const t = useTranslations(locale);
    const banner = t('env.banner', { environment: t('env.integration') });
    test(`${profile.name}: the ${locale} pages show the environment banner in integration, not in production`, async ({
      page,
    }) => {
      const pathname = pathFor(locale, { kind: 'jobs' });
      await page.goto(`${integration}${pathname}`);
      await expect(page.getByRole('note').filter({ hasText: banner })).toBeVisible();
      await page.goto(`${production}${pathname}`);
      await expect(page.getByText(banner)).toBeHidden();
    });
  }
}

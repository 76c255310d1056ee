import { siteLocales } from '../../src/i18n/config.ts';

/** Where the test servers listen. The real site and the fixture site are served side by side. */
export const SITE_PORT = 4411;
export const FIXTURE_PORT = 4412;
export const NGINX_PORT = 4414;
/** The production build behind nginx with TLS (a certificate the test makes), and its plain-http port that redirects there. */
export const NGINX_TLS_PORT = 4422;
export const NGINX_TLS_HTTP_PORT = 4423;
export const NGINX_TLS_DIR = 'reports/hosts/nginx-tls';
export const SITE_ORIGIN = `http://localhost:${SITE_PORT}`;
export const FIXTURE_ORIGIN = `http://localhost:${FIXTURE_PORT}`;
/**
 * decap-server for the visual editor's round trip, one per content set, so that the two
 * run side by side; the page's calls to the editor's own address are forwarded there.
 */
export const EDITOR_ROUND_TRIP_PORTS = [4425, 4426] as const;
/** decap-server for the editor of `npm run dev` in its own test, forwarded the same way. */
export const DEV_EDITOR_PROXY_PORT = 4427;
/** The fixture build pins "today" so the fixture's closed posting is closed whatever the date. */
export const FIXTURE_TODAY = '2026-06-01';
export const FIXTURE_OUT_DIR = 'dist-fixtures';
export const FIXTURE_CONTENT_DIR = 'tests/fixtures/content';
/**
 * The fixture site publishes a fourth language, Dutch (the bank is Dutch): the one line a
 * site needs to add a language its code speaks, so every fixture test runs in it too.
 */
export const FIXTURE_SITE_LOCALES = 'en,es,fr,nl';
export const FIXTURE_LOCALES = siteLocales({ SITE_LOCALES: FIXTURE_SITE_LOCALES });

/**
 * Build once, deploy the same artefact: one production build of the real content, served
 * by nginx twice from the same folder, with the integration and the production host config.
 */
export const PRODUCTION_OUT_DIR = 'dist-production';
export const PRODUCTION_SITE_URL = 'https://careers.example.test';
/** The production build has a visual editor saving to GitHub: a site of its own, for this origin. */
export const PRODUCTION_EDITOR = {
  CMS_BACKEND: 'github',
  CMS_REPO: 'bank/careers-site',
  CMS_ORIGIN: 'https://editor.careers.example.test',
} as const;
export const PRODUCTION_EDITOR_OUT_DIR = 'dist-production-editor';
export const INTEGRATION_HOST_PORT = 4416;
export const PRODUCTION_HOST_PORT = 4417;

/** The fixture content built on a day after every posting has closed: the site with no open position. */
export const CLOSED_OUT_DIR = 'dist-closed';
export const CLOSED_TODAY = '2100-01-01';
export const CLOSED_PORT = 4418;
/**
 * The real content with 1,000 generated postings beside it (tests/support/buildManyPostings.ts):
 * the site at the scale it is built for, where the jobs list has pages and the page budgets
 * meet the most postings (issue #19).
 */
export const MANY_POSTINGS = 1000;
export const MANY_CONTENT_DIR = '.cache/many-postings-content';
export const MANY_OUT_DIR = 'dist-many-postings';
export const MANY_PORT = 4419;
/** The fixture site has an alert-subscription endpoint, so its alerts page has the email form; the real build has none. */
export const FIXTURE_ALERTS_ENDPOINT = 'https://ats.alerts.example/subscribe';

/**
 * Each host's own local runtime serving the production build, once per environment, with
 * the config a deploy writes for it (scripts/azure-serve.ts, scripts/cloudflare-serve.ts).
 * They listen on 127.0.0.1, on ports 4430–4450 (wrangler's inspector: the port + 10);
 * wrangler's runtime also opens a few loopback ports of its own, chosen by the system.
 */
export const HOST_RUNTIMES = {
  azure: { production: 4430, integration: 4431, editor: 4434 },
  cloudflare: { production: 4432, integration: 4433, editor: 4435 },
} as const;
export type HostRuntime = keyof typeof HOST_RUNTIMES;
export type HostRuntimeEnvironment = keyof (typeof HOST_RUNTIMES)[HostRuntime];
export const hostOrigin = (host: HostRuntime, environment: HostRuntimeEnvironment) =>
  `http://127.0.0.1:${HOST_RUNTIMES[host][environment]}`;
/** Where a host's helper keeps its copy of the site (`site/`) and everything the host printed (`serve.log`). */
export const hostWorkDir = (host: HostRuntime, environment: HostRuntimeEnvironment) =>
  `reports/hosts/${host}-${environment}`;

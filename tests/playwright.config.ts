import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/lib/browser.ts';
import {
  CLOSED_OUT_DIR,
  CLOSED_PORT,
  FIXTURE_OUT_DIR,
  FIXTURE_PORT,
  HOST_RUNTIMES,
  INTEGRATION_HOST_PORT,
  MANY_OUT_DIR,
  MANY_PORT,
  NGINX_PORT,
  NGINX_TLS_DIR,
  NGINX_TLS_HTTP_PORT,
  NGINX_TLS_PORT,
  PRODUCTION_HOST_PORT,
  PRODUCTION_EDITOR_OUT_DIR,
  PRODUCTION_OUT_DIR,
  SITE_PORT,
  hostOrigin,
  hostWorkDir,
  type HostRuntime,
} from './support/servers.ts';

const executablePath = await findChromium();

const HOSTS = Object.keys(HOST_RUNTIMES) as HostRuntime[];

/**
 * The specs that run Astro itself (`astro build`, `astro dev`) in this checkout. Whatever
 * content and output folder they are given, Astro keeps its content module list in the
 * project's own `.astro/`, so two at once overwrite each other's list and a page of one fails
 * to render ("Unexpected error while rendering"). They run one at a time.
 */
const ASTRO_IN_CHECKOUT = [
  'e2e/dev-preview.spec.ts',
  'e2e/hostile-content.spec.ts',
  'e2e/incremental-build.spec.ts',
  'e2e/new-posting.spec.ts',
];

export default defineConfig({
  testDir: '.',
  outputDir: '../test-results',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // On CI a test gets one retry: a clean clone on a shared 2-core machine has failed a test
  // once that passes alone. A retried pass still shows, by name, in npm test's summary.
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: [
    ['list'],
    ['json', { outputFile: '../reports/playwright.json' }],
    ['html', { outputFolder: '../playwright-report', open: 'never' }],
  ],
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'e2e',
      testMatch: 'e2e/**/*.spec.ts',
      testIgnore: [
        '**/*.fixture.spec.ts',
        '**/*.nginx.spec.ts',
        '**/*.promotion.spec.ts',
        '**/*.closed.spec.ts',
        '**/*.many.spec.ts',
        ...HOSTS.map((host) => `**/*.${host}.spec.ts`),
        ...ASTRO_IN_CHECKOUT,
      ],
      use: { baseURL: `http://localhost:${SITE_PORT}` },
    },
    {
      name: 'astro in this checkout',
      testMatch: ASTRO_IN_CHECKOUT,
      workers: 1,
    },
    {
      name: 'promotion',
      testMatch: 'e2e/**/*.promotion.spec.ts',
      use: { baseURL: `http://localhost:${INTEGRATION_HOST_PORT}` },
    },
    {
      name: 'nothing open',
      testMatch: 'e2e/**/*.closed.spec.ts',
      use: { baseURL: `http://localhost:${CLOSED_PORT}` },
    },
    {
      name: '1000 postings',
      testMatch: 'e2e/**/*.many.spec.ts',
      use: { baseURL: `http://localhost:${MANY_PORT}` },
    },
    {
      name: 'hosting',
      testMatch: 'e2e/**/*.nginx.spec.ts',
      use: { baseURL: `http://localhost:${NGINX_PORT}` },
    },
    // Each host's own runtime, one project per spec suffix (hosting.azure.spec.ts…).
    ...HOSTS.map((host) => ({
      name: `hosting on ${host}`,
      testMatch: `e2e/**/*.${host}.spec.ts`,
      use: { baseURL: hostOrigin(host, 'production') },
    })),
    {
      name: 'e2e-fixtures',
      testMatch: 'e2e/**/*.fixture.spec.ts',
      use: { baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
    {
      name: 'a11y',
      testMatch: 'a11y/**/*.spec.ts',
      testIgnore: '**/*.fixture.spec.ts',
      use: { baseURL: `http://localhost:${SITE_PORT}` },
    },
    {
      name: 'a11y-fixtures',
      testMatch: 'a11y/**/*.fixture.spec.ts',
      use: { baseURL: `http://localhost:${FIXTURE_PORT}` },
    },
  ],
  // Always fresh servers: one left running on a test port would serve an older build.
  webServer: [
    {
      command: `node scripts/serve.ts --dir dist --port ${SITE_PORT}`,
      cwd: '..',
      port: SITE_PORT,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.ts --dir ${FIXTURE_OUT_DIR} --port ${FIXTURE_PORT}`,
      cwd: '..',
      port: FIXTURE_PORT,
      reuseExistingServer: false,
    },
    // The production configuration on a real server (Debian's nginx, installed if missing).
    {
      command: `node scripts/nginx-serve.ts --dir dist --port ${NGINX_PORT}`,
      cwd: '..',
      port: NGINX_PORT,
      reuseExistingServer: false,
      timeout: 300_000,
    },
    // One production artefact, two environments: the same folder behind each environment's config.
    {
      command: `node scripts/nginx-serve.ts --dir ${PRODUCTION_OUT_DIR} --port ${INTEGRATION_HOST_PORT} --env integration`,
      cwd: '..',
      port: INTEGRATION_HOST_PORT,
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      command: `node scripts/nginx-serve.ts --dir ${PRODUCTION_OUT_DIR} --port ${PRODUCTION_HOST_PORT} --env production`,
      cwd: '..',
      port: PRODUCTION_HOST_PORT,
      reuseExistingServer: false,
      timeout: 300_000,
    },
    {
      command: `node scripts/nginx-serve.ts --dir ${PRODUCTION_OUT_DIR} --port ${NGINX_TLS_PORT} --tls-http-port ${NGINX_TLS_HTTP_PORT} --tls-dir ${NGINX_TLS_DIR}`,
      cwd: '..',
      port: NGINX_TLS_HTTP_PORT,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.ts --dir ${MANY_OUT_DIR} --port ${MANY_PORT}`,
      cwd: '..',
      port: MANY_PORT,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve.ts --dir ${CLOSED_OUT_DIR} --port ${CLOSED_PORT}`,
      cwd: '..',
      port: CLOSED_PORT,
      reuseExistingServer: false,
    },
    // The same production artefact behind each host's own local runtime, once per
    // environment, and the visual editor's own site beside it.
    ...HOSTS.flatMap((host) =>
      (['production', 'integration', 'editor'] as const).map((environment) => {
        const port = HOST_RUNTIMES[host][environment];
        const inspector = host === 'cloudflare' ? ` --inspector-port ${port + 10}` : '';
        const dir = environment === 'editor' ? PRODUCTION_EDITOR_OUT_DIR : PRODUCTION_OUT_DIR;
        return {
          command: `node scripts/${host}-serve.ts --dir ${dir} --port ${port}${inspector} --env ${environment} --work ${hostWorkDir(host, environment)}`,
          cwd: '..',
          url: `${hostOrigin(host, environment)}${environment === 'editor' ? '/' : '/en/'}`,
          reuseExistingServer: false,
          timeout: 120_000,
          // Stopped with SIGTERM, as by hand, so wrangler cleans up after itself.
          gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
        };
      }),
    ),
  ],
});

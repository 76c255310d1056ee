/** Where the test servers listen. The real site and the fixture site are served side by side. */
export const SITE_PORT = 4411;
export const FIXTURE_PORT = 4412;
export const NGINX_PORT = 4414;
export const SITE_ORIGIN = `http://localhost:${SITE_PORT}`;
export const FIXTURE_ORIGIN = `http://localhost:${FIXTURE_PORT}`;
/** The fixture build pins "today" so the fixture's closed posting is closed whatever the date. */
export const FIXTURE_TODAY = '2026-06-01';
export const FIXTURE_OUT_DIR = 'dist-fixtures';
export const FIXTURE_CONTENT_DIR = 'tests/fixtures/content';

/**
 * Build once, deploy the same artefact: one production build of the real content, served
 * by nginx twice from the same folder, with the integration and the production host config.
 */
export const PRODUCTION_OUT_DIR = 'dist-production';
export const PRODUCTION_SITE_URL = 'https://careers.example.test';
export const INTEGRATION_HOST_PORT = 4416;
export const PRODUCTION_HOST_PORT = 4417;

/** The fixture content built on a day after every posting has closed: the site with no open position. */
export const CLOSED_OUT_DIR = 'dist-closed';
export const CLOSED_TODAY = '2100-01-01';
export const CLOSED_PORT = 4418;
/** The fixture site has an alert-subscription endpoint, so its alerts page has the email form; the real build has none. */
export const FIXTURE_ALERTS_ENDPOINT = 'https://ats.alerts.example/subscribe';

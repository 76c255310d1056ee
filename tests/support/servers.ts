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
/** The fixture site has an alert-subscription endpoint, so its alerts page has the email form; the real build has none. */
export const FIXTURE_ALERTS_ENDPOINT = 'https://ats.alerts.example/subscribe';

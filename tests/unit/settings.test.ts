import { expect, test } from 'vitest';
import { buildDay, readSettings } from '../../src/settings.ts';
import { postingStatus } from '../../src/content/model.ts';

test('a local build needs no setting', () => {
  expect(readSettings({})).toEqual({
    siteUrl: 'http://localhost:4321',
    environment: 'development',
    missingTranslation: 'error',
    payTransparency: 'warn',
    alertSubscribeUrl: undefined,
    cms: undefined,
  });
});

test('a production build needs an https SITE_URL', () => {
  expect(() => readSettings({ DEPLOY_ENV: 'production' })).toThrow(
    /^SITE_URL: required when DEPLOY_ENV is production/,
  );
  expect(() => readSettings({ DEPLOY_ENV: 'production', SITE_URL: 'http://x.example' })).toThrow(
    /must use https/,
  );
  expect(
    readSettings({ DEPLOY_ENV: 'production', SITE_URL: 'https://careers.example.org/' }).siteUrl,
  ).toBe('https://careers.example.org');
});

test('an unknown environment or policy names the variable', () => {
  expect(() => readSettings({ DEPLOY_ENV: 'prod' })).toThrow(
    'DEPLOY_ENV: expected one of development, integration, production, got "prod"',
  );
  expect(() => readSettings({ MISSING_TRANSLATION: 'hide' })).toThrow(/^MISSING_TRANSLATION:/);
});

test('PAY_TRANSPARENCY warns by default, can require a pay range, and names itself when misspelt', () => {
  expect(readSettings({}).payTransparency).toBe('warn');
  expect(readSettings({ PAY_TRANSPARENCY: '' }).payTransparency).toBe('warn');
  expect(readSettings({ PAY_TRANSPARENCY: 'warn' }).payTransparency).toBe('warn');
  expect(readSettings({ PAY_TRANSPARENCY: 'require' }).payTransparency).toBe('require');
  expect(() => readSettings({ PAY_TRANSPARENCY: 'required' })).toThrow(
    'PAY_TRANSPARENCY: expected one of warn, require, got "required"',
  );
});

test('the job-alert subscription endpoint is optional and must be https', () => {
  expect(
    readSettings({ ALERTS_SUBSCRIBE_URL: 'https://ats.example.org/subscribe' }).alertSubscribeUrl,
  ).toBe('https://ats.example.org/subscribe');
  expect(() => readSettings({ ALERTS_SUBSCRIBE_URL: 'http://ats.example.org/subscribe' })).toThrow(
    'ALERTS_SUBSCRIBE_URL: must use https://, got "http://ats.example.org/subscribe"',
  );
  expect(() => readSettings({ ALERTS_SUBSCRIBE_URL: 'javascript:alert(1)' })).toThrow(
    /^ALERTS_SUBSCRIBE_URL: must use https/,
  );
  expect(() => readSettings({ ALERTS_SUBSCRIBE_URL: 'ats/subscribe' })).toThrow(
    /^ALERTS_SUBSCRIBE_URL: expected an absolute https:\/\/ URL/,
  );
});

const EDITOR = { CMS_ORIGIN: 'https://editor.careers.example.org' };

test('the visual editor saves to GitHub or Azure DevOps, and says which setting is missing', () => {
  expect(readSettings({ CMS_BACKEND: 'github', CMS_REPO: 'bank/careers', ...EDITOR }).cms).toEqual({
    backend: 'github',
    repo: 'bank/careers',
    branch: 'main',
    authUrl: undefined,
    origin: 'https://editor.careers.example.org',
  });
  expect(() => readSettings({ CMS_BACKEND: 'github', ...EDITOR })).toThrow(
    'CMS_REPO: required when CMS_BACKEND is github (e.g. CMS_REPO=bank/careers-site)',
  );
  expect(() =>
    readSettings({
      CMS_BACKEND: 'azure',
      CMS_REPO: 'bank/careers/site',
      CMS_AZURE_TENANT_ID: 't',
      ...EDITOR,
    }),
  ).toThrow(/^CMS_AZURE_APP_ID: required when CMS_BACKEND is azure/);
  expect(() => readSettings({ CMS_BACKEND: 'gitlab' })).toThrow(
    'CMS_BACKEND: expected one of github, azure, got "gitlab"',
  );
  expect(() =>
    readSettings({
      CMS_BACKEND: 'github',
      CMS_REPO: 'bank/careers',
      CMS_AUTH_URL: 'http://auth.example',
      ...EDITOR,
    }),
  ).toThrow(/^CMS_AUTH_URL: must use https/);
});

test("an editor that signs in to a git host needs an https origin of its own, never the public site's", () => {
  const github = { CMS_BACKEND: 'github', CMS_REPO: 'bank/careers' };
  expect(() => readSettings(github)).toThrow(
    /^CMS_ORIGIN: required when CMS_BACKEND is set: the editor's sign-in token must live on an origin of its own \(e\.g\. CMS_ORIGIN=https:\/\/editor\.careers\.example\.org\)$/,
  );
  expect(() =>
    readSettings({
      ...github,
      DEPLOY_ENV: 'production',
      SITE_URL: 'https://careers.example.org/',
      CMS_ORIGIN: 'https://careers.example.org/admin/',
    }),
  ).toThrow(
    "CMS_ORIGIN: must differ from SITE_URL (https://careers.example.org), so no script on the public site can read the editor's token",
  );
  expect(() => readSettings({ ...github, CMS_ORIGIN: 'http://editor.example.org' })).toThrow(
    /^CMS_ORIGIN: must use https/,
  );
  expect(
    readSettings({ ...github, CMS_ORIGIN: 'https://editor.careers.example.org/path' }).cms?.origin,
  ).toBe('https://editor.careers.example.org');
});

test('a posting is scheduled before its posting day, open through its closing day, closed after', () => {
  const posting = {
    datePosted: new Date('2026-11-22T00:00:00Z'),
    validThrough: new Date('2027-01-31T00:00:00Z'),
  };
  expect(postingStatus(posting, '2026-11-21')).toBe('scheduled');
  expect(postingStatus(posting, '2026-11-22')).toBe('open');
  expect(postingStatus(posting, '2027-01-31')).toBe('open');
  expect(postingStatus(posting, '2027-02-01')).toBe('closed');
});

test('CAREERS_TODAY pins the build day and must be a date', () => {
  expect(buildDay({ CAREERS_TODAY: '2026-06-01' })).toBe('2026-06-01');
  expect(() => buildDay({ CAREERS_TODAY: 'tomorrow' })).toThrow(/CAREERS_TODAY/);
});

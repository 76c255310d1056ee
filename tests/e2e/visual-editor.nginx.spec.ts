/**
 * The visual editor (Decap CMS at /admin/) behind nginx with the generated config, saving
 * through decap-server to a copy of the content, as `npm run cms` does for an editor on
 * this machine: it loads under its own policy, shows each language side by side, and
 * what it saves passes the build's content checks.
 */
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { entry } from '../support/content.ts';
import { contentProblems } from '../../src/content/model.ts';
import { entryFile } from '../../src/content/location.ts';
import { pathFor } from '../../src/i18n/routes.ts';
import { EDITOR_PROXY_PORT as PROXY_PORT, startDecapServer } from '../support/decapServer.ts';

let repo: string;
let server: ChildProcess;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  repo = mkdtempSync(path.join(tmpdir(), 'careers-editor-'));
  cpSync('content', path.join(repo, 'content'), { recursive: true });
  // Where a development build's editor saves: decap-server listens there.
  server = await startDecapServer(repo, PROXY_PORT);
});

test.afterAll(() => {
  server?.kill();
  if (repo) rmSync(repo, { recursive: true, force: true });
});

test("the editor has its own policy, and the site's pages keep the strict one", async ({
  request,
}) => {
  const adminHeaders = (await request.get('/admin/')).headers();
  const admin = adminHeaders['content-security-policy'] ?? '';
  expect(admin).toContain("frame-ancestors 'none'");
  // Its sign-in popup reports back to it; no page of the site keeps such a link.
  expect(adminHeaders['cross-origin-opener-policy']).toBe('same-origin-allow-popups');
  expect(admin).toContain(`connect-src 'self' blob: http://localhost:${PROXY_PORT}`);
  expect((await request.get('/admin/config.yml')).headers()['content-type']).toContain('yaml');
  for (const page of ['/', '/en/', pathFor('fr', { kind: 'jobs' })]) {
    const headers = (await request.get(page)).headers();
    const csp = headers['content-security-policy'] ?? '';
    expect(csp, page).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
    expect(headers['cross-origin-opener-policy'], page).toBe('same-origin');
    expect(csp, page).toContain("style-src 'self' 'sha256-");
  }
});

test('an editor changes a translation side by side, and what the editor saves passes the build checks', async ({
  page,
}) => {
  // The editor is a 5 MB application that loads its chunks on demand: slower than a page of the site.
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  const en = String(entry('postings', 'backend-engineer-intern', 'en').title);
  const es = String(entry('postings', 'backend-engineer-intern', 'es').title);
  await page.goto('/admin/');
  await page.getByRole('button', { name: /login/i }).click();
  await page.getByText(en).first().click();

  const titles = page.getByLabel('Title', { exact: true });
  await expect(titles.nth(0)).toHaveValue(en, { timeout: 30_000 });
  await expect(titles.nth(1)).toHaveValue(es);
  await titles.nth(1).fill(`${es} (Madrid)`);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByText('Publish now').click();

  const saved = path.join(repo, entryFile('postings', 'backend-engineer-intern', 'es'));
  await expect
    .poll(() => readFileSync(saved, 'utf8'), { timeout: 30_000 })
    .toContain(`title: ${es} (Madrid)`);
  expect(contentProblems(path.join(repo, 'content'))).toEqual([]);
  expect(
    readFileSync(path.join(repo, entryFile('postings', 'backend-engineer-intern', 'en')), 'utf8'),
  ).toContain(`title: ${en}`);
  expect(violations).toEqual([]);
});

/**
 * Mozilla HTTP Observatory's ten rules over the production build behind nginx with TLS (a
 * certificate made by the test) and its plain-http port, as the scanner would score the
 * site: every rule at its best result for a site like this one, and A+ overall.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  SITE_RESULTS,
  observatoryGrade,
  observatoryRules,
  route,
  type Scan,
} from '../support/observatory.ts';
import { NGINX_TLS_DIR, NGINX_TLS_HTTP_PORT, NGINX_TLS_PORT } from '../support/servers.ts';

async function scan(): Promise<Scan> {
  const ca = readFileSync(path.join(NGINX_TLS_DIR, 'cert.pem'), 'utf8');
  const hops = await route(new URL(`https://localhost:${NGINX_TLS_PORT}/`), ca);
  return {
    page: hops.at(-1)!,
    httpRoute: await route(new URL(`http://localhost:${NGINX_TLS_HTTP_PORT}/`), ca),
  };
}

for (const [rule, expected] of Object.entries(SITE_RESULTS))
  test(`nginx over TLS, Observatory rule ${rule}: ${expected}`, async () => {
    const result = observatoryRules(await scan()).find((found) => found.rule === rule);
    expect(result?.result).toBe(expected);
  });

test('nginx over TLS scores A+ on the Observatory', async () => {
  const { score, grade } = observatoryGrade(observatoryRules(await scan()));
  expect(grade).toBe('A+');
  expect(score).toBe(125);
});

test('plain http answers every address with a permanent redirect to the same address over https', async () => {
  const ca = readFileSync(path.join(NGINX_TLS_DIR, 'cert.pem'), 'utf8');
  const hops = await route(
    new URL(`http://localhost:${NGINX_TLS_HTTP_PORT}/es/empleos/?q=java`),
    ca,
  );
  expect(hops[0]!.status).toBe(301);
  expect(hops[1]!.url.href).toBe(`https://localhost:${NGINX_TLS_PORT}/es/empleos/?q=java`);
  expect(hops.at(-1)!.status).toBe(200);
  expect(hops.at(-1)!.headers['strict-transport-security']).toMatch(/^max-age=63072000/);
});

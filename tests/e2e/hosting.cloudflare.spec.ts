/**
 * The production build behind Cloudflare's own runtime (`wrangler pages dev`, workerd) with
 * the generated _headers and _redirects, for production and for integration
 * (scripts/cloudflare-serve.ts). Cloudflare's rules have no language conditions, so the
 * root page's script chooses the language; it serves each locale's own 404.html.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { hostSuite } from '../support/hostAssertions.ts';

/** Cloudflare's documented limits, in characters per line including spacing. */
const LINE_LIMITS = { _headers: 2000, _redirects: 1000 };

hostSuite({
  host: 'cloudflare',
  name: 'Cloudflare Pages (wrangler pages dev)',
  root: 'root page script',
  notFound: 'per locale',
  hostHeaders: { 'access-control-allow-origin': '*' },
  // Its own `Access-Control-Allow-Origin: *`: public content, readable cross-origin without
  // credentials, which the Observatory scores the same (0) as no CORS header.
  observatory: {
    'cross-origin-resource-sharing': 'cross-origin-resource-sharing-implemented-with-public-access',
  },
  headersOn404: true,
  readEveryRule: ({ site, lines }, environment) => {
    // The editor's own site has headers and no redirects.
    const file = (name: keyof typeof LINE_LIMITS) =>
      name === '_redirects' && environment === 'editor'
        ? []
        : readFileSync(path.join(site, name), 'utf8').split('\n');
    for (const name of ['_headers', '_redirects'] as const)
      for (const line of file(name))
        expect(line.length, `${name}: ${line.slice(0, 60)}…`).toBeLessThanOrEqual(
          LINE_LIMITS[name],
        );
    const rules = (name: keyof typeof LINE_LIMITS, isRule: (line: string) => boolean) =>
      file(name).filter((line) => line.trim() !== '' && !line.startsWith('#') && isRule(line))
        .length;
    // wrangler reports how many rules of each file it accepted.
    const redirects = rules('_redirects', () => true);
    const headers = rules('_headers', (line) => line.startsWith('/'));
    if (environment !== 'editor')
      expect(lines).toContainEqual(
        expect.stringMatching(new RegExp(`Parsed ${redirects} valid redirect rules?\\.`)),
      );
    expect(lines).toContainEqual(
      expect.stringMatching(new RegExp(`Parsed ${headers} valid header rules?\\.`)),
    );
  },
});

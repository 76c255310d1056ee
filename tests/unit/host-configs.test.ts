import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { assertPromotable } from '../../src/build/hosting/writeHostConfigs.ts';
import {
  PAGES_LINE_LIMITS,
  editorHeadersFile,
  editorStaticWebAppConfig,
  headersFile,
  nginxConfig,
  redirectsFile,
  staticWebAppConfig,
} from '../../src/build/hosting/hostConfigs.ts';
import { hashesInPolicy } from '../../src/build/hosting/cspHashes.ts';
import {
  SECURITY_HEADERS,
  adminContentSecurityPolicy,
  contentSecurityPolicy,
  robotsTxt,
} from '../../src/build/hosting/policy.ts';

const hashes = { script: ['sha256-abc='], style: ['sha256-def='] };

test("the header CSP keeps the pages' hashes, forbids framing and allows no inline script or eval", () => {
  const csp = contentSecurityPolicy(hashes);
  expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='");
  expect(csp).toContain("style-src 'self' 'sha256-def='");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
});

test('the whole header CSP, each hash and form target once and sorted: any change to it is a security review', () => {
  expect(
    contentSecurityPolicy({
      script: ['sha256-b=', 'sha256-a=', 'sha256-b='],
      style: [],
      formAction: ['https://b.example', 'https://a.example', 'https://b.example'],
    }),
  ).toBe(
    [
      "default-src 'self'",
      "script-src 'self' 'wasm-unsafe-eval' 'sha256-a=' 'sha256-b='",
      "style-src 'self'",
      "img-src 'self' data:",
      "font-src 'self'",
      "connect-src 'self'",
      "worker-src 'self'",
      "manifest-src 'self'",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self' https://a.example https://b.example",
      "object-src 'none'",
      'upgrade-insecure-requests',
    ].join('; '),
  );
  expect(contentSecurityPolicy({ script: [], style: ['sha256-s='] })).toContain(
    "script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'sha256-s=';",
  );
});

test("the visual editor's whole policy: only its git hosts added, each once and sorted", () => {
  expect(
    adminContentSecurityPolicy([
      'https://dev.azure.com',
      'https://api.github.com',
      'https://dev.azure.com',
    ]),
  ).toBe(
    [
      "default-src 'self'",
      "script-src 'self' 'unsafe-eval'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob: https:",
      "font-src 'self' data:",
      "connect-src 'self' blob: https://api.github.com https://dev.azure.com",
      "frame-src 'self'",
      "worker-src 'self' blob:",
      "frame-ancestors 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "object-src 'none'",
    ].join('; '),
  );
  expect(adminContentSecurityPolicy([])).toContain("connect-src 'self' blob:; frame-src");
});

test('production robots.txt invites crawlers to the sitemap; other environments keep them out', () => {
  expect(robotsTxt('production', 'https://careers.example.org/sitemap-index.xml')).toBe(
    'User-agent: *\nAllow: /\n\nSitemap: https://careers.example.org/sitemap-index.xml\n',
  );
  expect(robotsTxt('production')).toBe('User-agent: *\nAllow: /\n');
  expect(robotsTxt('integration')).toBe(
    '# integration: not for search engines\nUser-agent: *\nDisallow: /\n',
  );
});

test("hashes are read back from a page's meta policy", () => {
  expect(
    hashesInPolicy(
      "default-src 'self'; script-src 'self' 'sha256-a+b/c=' 'sha384-x='; style-src 'self' 'sha256-s='",
    ),
  ).toEqual({ script: ['sha256-a+b/c=', 'sha384-x='], style: ['sha256-s='], formAction: [] });
});

test('Netlify and Cloudflare headers apply the policy everywhere and cache assets for a year', () => {
  const file = headersFile(hashes);
  expect(file).toMatch(
    /^# Generated from src\/build\/hosting\/policy\.ts for cloudflare, production\. Do not edit\.\n\n\/\*\n {2}Content-Security-Policy: default-src 'self';/,
  );
  // Netlify has no detach line: it serves the most specific rule's value of a header.
  expect(headersFile(hashes, 'production', 'netlify')).toBe(
    file.replace('for cloudflare,', 'for netlify,').replace(/^ {2}! .*\n/gm, ''),
  );
  expect(file).toContain(
    '  Strict-Transport-Security: max-age=63072000; includeSubDomains; preload',
  );
  expect(file).toContain('/_astro/*\n  Cache-Control: public, max-age=31536000, immutable');
});

test("Netlify's redirects negotiate the root language temporarily, forced past /index.html, and send unknown URLs to their locale's 404", () => {
  expect(redirectsFile('production', 'netlify').split('\n')).toEqual([
    '# Generated from src/build/hosting/policy.ts for netlify, production. Do not edit.',
    '',
    '/  /es/  302!  Language=es',
    '/  /fr/  302!  Language=fr',
    '/  /en/  302!',
    '/en/*  /en/404/  404',
    '/es/*  /es/404/  404',
    '/fr/*  /fr/404/  404',
    '/*  /404.html  404',
    '',
  ]);
});

test("Cloudflare's redirects hold only what its parser accepts: no rule in production (the root page and each locale's 404.html do the rest)", () => {
  expect(redirectsFile('production', 'cloudflare')).toBe(
    '# Generated from src/build/hosting/policy.ts for cloudflare, production. Do not edit.\n\n',
  );
  for (const environment of ['production', 'integration'] as const)
    for (const line of redirectsFile(environment, 'cloudflare').split('\n')) {
      if (line === '' || line.startsWith('#')) continue;
      const tokens = line.split(/\s+/);
      expect(tokens.length, line).toBeLessThanOrEqual(3);
      expect([200, 301, 302, 303, 307, 308], line).toContain(Number(tokens[2] ?? 302));
    }
});

test("a line over Cloudflare's documented length stops generation instead of being skipped by the host", () => {
  const long = {
    script: Array.from({ length: 40 }, (_, i) => `sha256-${'a'.repeat(43)}${i}=`),
    style: [],
  };
  for (const host of ['cloudflare', 'netlify'] as const)
    expect(() => headersFile(long, 'production', host)).toThrow(
      new RegExp(
        `_headers for ${host}: a line of \\d+ characters, over the ${PAGES_LINE_LIMITS._headers}`,
      ),
    );
  expect(
    headersFile(hashes)
      .split('\n')
      .every((line) => line.length <= PAGES_LINE_LIMITS._headers),
  ).toBe(true);
});

test('Azure Static Web Apps gets valid JSON with the same headers', () => {
  const config = JSON.parse(staticWebAppConfig(hashes)) as {
    globalHeaders: Record<string, string>;
    responseOverrides: Record<string, { statusCode: number }>;
  };
  expect(config.globalHeaders['Content-Security-Policy']).toBe(contentSecurityPolicy(hashes));
  expect(config.globalHeaders['X-Content-Type-Options']).toBe('nosniff');
  expect(config.responseOverrides['404']!.statusCode).toBe(404);
});

test('nginx repeats the headers in every location (add_header does not inherit) and maps languages', () => {
  const conf = nginxConfig(hashes, { root: '/srv/site', listen: '8080' });
  const locations = conf.match(/location [^{]+\{/g) ?? [];
  expect(locations.length).toBe(9);
  expect(conf.match(/add_header Content-Security-Policy/g)?.length).toBe(locations.length);
  expect(conf).toContain('return 302 /$careers_locale/;');
  expect(conf).toContain('error_page 404 /es/404/index.html;');
  expect(conf).toContain('gzip on;');
});

test('an integration host keeps search engines out and reveals the banner, by header and rewrites, on every host', () => {
  expect(headersFile(hashes, 'integration')).toContain('  X-Robots-Tag: noindex, nofollow');
  expect(headersFile(hashes, 'production')).not.toContain('X-Robots-Tag');
  expect(redirectsFile('integration', 'netlify').split('\n').slice(2, 4)).toEqual([
    '/robots.txt  /robots-integration.txt  200!',
    '/environment.css  /environment-integration.css  200!',
  ]);
  // Cloudflare applies a 200 rewrite although the file exists, and rejects `200!`.
  expect(redirectsFile('integration', 'cloudflare').split('\n').slice(2)).toEqual([
    '/robots.txt  /robots-integration.txt  200',
    '/environment.css  /environment-integration.css  200',
    '',
  ]);
  const azure = JSON.parse(staticWebAppConfig(hashes, 'integration')) as {
    globalHeaders: Record<string, string>;
    routes: { route: string; rewrite?: string }[];
  };
  expect(azure.globalHeaders['X-Robots-Tag']).toBe('noindex, nofollow');
  expect(azure.routes).toContainEqual({ route: '/robots.txt', rewrite: '/robots-integration.txt' });
  const conf = nginxConfig(hashes, {
    root: '/srv/site',
    listen: '8080',
    environment: 'integration',
  });
  expect(conf).toContain('location = /environment.css {');
  expect(conf).toContain('try_files /environment-integration.css =404;');
  expect(conf.match(/add_header X-Robots-Tag "noindex, nofollow" always;/g)?.length).toBe(
    conf.match(/location [^{]+\{/g)?.length,
  );
});

test('only a production build can be deployed to another environment', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-promote-'));
  expect(() => assertPromotable(dir)).toThrow(/index\.html is missing/);
  writeFileSync(path.join(dir, 'index.html'), '<p role="note">Development environment</p>');
  expect(() => assertPromotable(dir)).toThrow(/was not built with DEPLOY_ENV=production/);
  writeFileSync(
    path.join(dir, 'index.html'),
    '<p role="note" data-environment-banner>Integration environment</p>',
  );
  expect(() => assertPromotable(dir)).not.toThrow();
  rmSync(dir, { recursive: true });
});

test("with the visual editor in the build, /admin/ gets the editor's policy and every other path the site's, never both", () => {
  const withEditor = {
    ...hashes,
    adminConnect: ['https://api.github.com'],
    topLevel: ['admin/', 'en/', '_astro/', 'index.html'],
  };
  const blocks = headersFile(withEditor)
    .split('\n\n')
    .map((block) => block.split('\n'));
  const rule = (path: string) => blocks.find((lines) => lines[0] === path) ?? [];
  // Both hosts join the values of a header set by two matching rules, so the headers
  // that differ between site and editor are never in the rule that matches everything.
  expect(rule('/*').some((line) => /Content-Security-Policy|Opener-Policy/.test(line))).toBe(false);
  expect(rule('/*')).toContain('  X-Content-Type-Options: nosniff');
  for (const path of ['/', '/en/*', '/_astro/*', '/index.html']) {
    expect(rule(path).join('\n'), path).toContain(
      `Content-Security-Policy: ${contentSecurityPolicy(hashes)}`,
    );
    expect(rule(path), path).toContain('  Cross-Origin-Opener-Policy: same-origin');
  }
  // The editor's sign-in popup reports back to it; the site's pages keep no such link.
  expect(rule('/admin/*')).toContain('  Cross-Origin-Opener-Policy: same-origin-allow-popups');
  expect(rule('/admin/*').join('\n')).toContain("script-src 'self' 'unsafe-eval'");
  expect(rule('/admin/*').join('\n')).toContain("connect-src 'self' blob: https://api.github.com");
  expect(
    blocks
      .filter((lines) => lines.join('\n').includes(contentSecurityPolicy(hashes)))
      .map((lines) => lines[0]),
  ).not.toContain('/admin/*');
  const azure = JSON.parse(staticWebAppConfig(withEditor)) as {
    routes: { route: string; headers?: Record<string, string> }[];
  };
  // Azure: `/admin/*` matches neither `/admin/` nor `/admin/index.html`; the file's route matches both.
  for (const route of ['/admin/index.html', '/admin/*']) {
    const headers = azure.routes.find((rule) => rule.route === route)?.headers;
    expect(headers?.['Content-Security-Policy'], route).toContain("'unsafe-eval'");
    expect(headers?.['Cross-Origin-Opener-Policy'], route).toBe('same-origin-allow-popups');
  }
  expect(
    nginxConfig(withEditor, { root: '/srv', listen: '8080' })
      .split('location ^~ /admin/ {')[1]
      ?.split('}')[0],
  ).toContain('add_header Cross-Origin-Opener-Policy "same-origin-allow-popups" always;');
});

test("the editor's own origin serves every response with the editor's policy, its sign-in popup allowed, out of search engines", () => {
  const connect = ['https://api.github.com', 'https://api.netlify.com'];
  const pages = Object.fromEntries(
    editorHeadersFile(connect)
      .split('\n')
      .filter((line) => line.startsWith('  '))
      .map(
        (line) =>
          line
            .trim()
            .split(/: (.*)/s)
            .slice(0, 2) as [string, string],
      ),
  );
  const azure = JSON.parse(editorStaticWebAppConfig(connect)) as {
    globalHeaders: Record<string, string>;
  };
  for (const [host, headers] of [
    ['pages', pages],
    ['azure', azure.globalHeaders],
  ] as const) {
    expect(headers['Content-Security-Policy'], host).toBe(
      "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self' blob: https://api.github.com https://api.netlify.com; frame-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'",
    );
    expect(headers['Cross-Origin-Opener-Policy'], host).toBe('same-origin-allow-popups');
    expect(headers['X-Robots-Tag'], host).toBe('noindex, nofollow');
    expect(headers['Strict-Transport-Security'], host).toMatch(/^max-age=63072000/);
    expect(headers['X-Frame-Options'], host).toBe('DENY');
  }
});

test('OG images and the logo may be shown by other sites (link previews, feed readers); nothing else may', () => {
  const rules = headersFile(hashes)
    .split('\n\n')
    .map((block) => block.split('\n'));
  const rule = (path: string) => rules.find((lines) => lines[0] === path) ?? [];
  expect(rule('/*')).toContain('  Cross-Origin-Resource-Policy: same-origin');
  for (const path of ['/og/*', '/logo.svg', '/favicon.svg'])
    expect(rule(path).slice(1), path).toEqual([
      '  ! Cross-Origin-Resource-Policy',
      '  Cross-Origin-Resource-Policy: cross-origin',
    ]);
  const azure = JSON.parse(staticWebAppConfig(hashes)) as {
    globalHeaders: Record<string, string>;
    routes: { route: string; headers?: Record<string, string> }[];
  };
  expect(azure.globalHeaders['Cross-Origin-Resource-Policy']).toBe('same-origin');
  expect(azure.routes.find((route) => route.route === '/og/*')?.headers).toEqual({
    'Cross-Origin-Resource-Policy': 'cross-origin',
  });
  const nginx = nginxConfig(hashes, { root: '/srv', listen: '8080' });
  const location = (start: string) => nginx.split(start)[1]?.split('}')[0] ?? '';
  for (const start of ['location /og/ {', 'location = /logo.svg {'])
    expect(location(start), start).toContain(
      'add_header Cross-Origin-Resource-Policy "cross-origin" always;',
    );
  expect(location('location / {')).toContain(
    'add_header Cross-Origin-Resource-Policy "same-origin" always;',
  );
});

/** The location blocks of an nginx config, by their match (`= /`, `/en/`, `^~ /admin/`). */
const nginxLocations = (conf: string) =>
  new Map(
    [...conf.matchAll(/^ {4}location ([^{]+) \{\n([\s\S]*?)\n {4}\}$/gm)].map((match) => [
      match[1]!,
      match[2]!.split('\n').map((line) => line.trim()),
    ]),
  );

test('nginx: the root redirect is never cached, varies by language, and carries the headers', () => {
  const root = nginxLocations(nginxConfig(hashes, { root: '/srv/site', listen: '8080' })).get(
    '= /',
  );
  expect(root).toEqual([
    `add_header Content-Security-Policy "${contentSecurityPolicy(hashes)}" always;`,
    ...Object.entries(SECURITY_HEADERS).map(
      ([name, value]) => `add_header ${name} "${value}" always;`,
    ),
    'add_header Cache-Control "no-cache" always;',
    'add_header Vary "Accept-Language" always;',
    'return 302 /$careers_locale/;',
  ]);
});

test('nginx runs unprivileged: its pid, temporary files and log go where it is told, or to /tmp and stderr', () => {
  const defaults = nginxConfig(hashes, { root: '/srv/site', listen: '8080' });
  expect(defaults).toContain('\npid /tmp/careers-nginx/nginx.pid;\n');
  expect(defaults).toContain('\nerror_log stderr warn;\n');
  expect(defaults).toContain('  client_body_temp_path /tmp/careers-nginx/body;\n');
  const told = nginxConfig(hashes, {
    root: '/srv/site',
    listen: '8080',
    temp: '/run/careers',
    pid: '/run/careers.pid',
    errorLog: '/var/log/careers.log',
  });
  expect(told).toContain('\npid /run/careers.pid;\n');
  expect(told).toContain('\nerror_log /var/log/careers.log warn;\n');
  expect(told).toContain('  scgi_temp_path /run/careers/scgi;\n');
  expect(told).not.toContain('/tmp/careers-nginx');
  expect(nginxConfig(hashes, { root: '/srv/site', listen: '8080', temp: '/run/x' })).toContain(
    '\npid /run/x/nginx.pid;\n',
  );
});

test("nginx gives /admin/ the editor's policy instead of the site's, and serves its config.yml as YAML", () => {
  const withEditor = { ...hashes, adminConnect: ['https://api.github.com'] };
  const admin = nginxLocations(nginxConfig(withEditor, { root: '/srv/site', listen: '8080' })).get(
    '^~ /admin/',
  );
  expect(admin).toContain(
    `add_header Content-Security-Policy "${adminContentSecurityPolicy(['https://api.github.com'])}" always;`,
  );
  expect(admin?.join('\n')).not.toContain(contentSecurityPolicy(hashes));
  expect(admin).toContain('add_header X-Content-Type-Options "nosniff" always;');
  expect(admin).toContain('add_header Cache-Control "public, max-age=0, must-revalidate" always;');
  expect(admin).toContain('default_type text/yaml;');
  // Without the editor, nginx has the site's locations and no other.
  expect([
    ...nginxLocations(nginxConfig(hashes, { root: '/srv/site', listen: '8080' })).keys(),
  ]).toEqual([
    '= /',
    '/og/',
    '= /logo.svg',
    '= /favicon.svg',
    '/_astro/',
    '/en/',
    '/es/',
    '/fr/',
    '/',
  ]);
});

test('Azure: assets are immutable, the rest revalidated, and Pagefind and WebAssembly files have their types', () => {
  const config = JSON.parse(staticWebAppConfig(hashes)) as {
    globalHeaders: Record<string, string>;
    routes: unknown[];
    mimeTypes: Record<string, string>;
  };
  expect(config.globalHeaders['Cache-Control']).toBe('public, max-age=0, must-revalidate');
  // Without the editor and in production: no other rule but the files other sites show.
  const shared = { 'Cross-Origin-Resource-Policy': 'cross-origin' };
  expect(config.routes).toEqual([
    { route: '/og/*', headers: shared },
    { route: '/logo.svg', headers: shared },
    { route: '/favicon.svg', headers: shared },
    { route: '/_astro/*', headers: { 'Cache-Control': 'public, max-age=31536000, immutable' } },
  ]);
  // Azure answers 404 for a file whose extension it does not know: search would break.
  expect(config.mimeTypes).toEqual({
    '.yml': 'text/yaml',
    '.json': 'application/json',
    '.xml': 'application/xml',
    '.pf_meta': 'application/octet-stream',
    '.pf_index': 'application/octet-stream',
    '.pf_fragment': 'application/octet-stream',
    '.pf_filter': 'application/octet-stream',
    '.wasm': 'application/wasm',
  });
});

test("a line exactly at Cloudflare's limit is kept; the error for a longer one quotes its start", () => {
  const cspLine = (script: string[]) =>
    headersFile({ script, style: [] })
      .split('\n')
      .find((line) => line.startsWith('  Content-Security-Policy'))!;
  const base = cspLine(['sha256-=']).length;
  const exact = [`sha256-${'a'.repeat(PAGES_LINE_LIMITS._headers - base)}=`];
  expect(cspLine(exact)).toHaveLength(PAGES_LINE_LIMITS._headers);
  const over = [`sha256-${'a'.repeat(PAGES_LINE_LIMITS._headers - base + 1)}=`];
  expect(() => headersFile({ script: over, style: [] })).toThrow(
    `_headers for cloudflare: a line of 2001 characters, over the 2000 the host accepts:   Content-Security-Policy: default-src 'self'; script-src 's…`,
  );
});

test("with the visual editor but no list of the build's folders, the site's policy is set on / alone", () => {
  const blocks = headersFile({ ...hashes, adminConnect: [] })
    .split('\n\n')
    .map((block) => block.split('\n')[0]);
  expect(blocks.filter((path) => path !== undefined && !path.startsWith('#'))).toEqual([
    '/*',
    '/',
    '/admin/*',
    '/og/*',
    '/logo.svg',
    '/favicon.svg',
    '/_astro/*',
  ]);
});

/**
 * What host-configs.test.ts leaves out: nginx with TLS (HSTS needs a TLS response to ride
 * on, so plain http only ever redirects to https), the plain server block without it, and
 * the exact files the visual editor's own origin gets.
 */
import { expect, test } from 'vitest';
import {
  editorHeadersFile,
  editorStaticWebAppConfig,
  nginxConfig,
} from '../../src/build/hosting/hostConfigs.ts';
import { editorHeaders } from '../../src/build/hosting/policy.ts';

const hashes = { script: ['sha256-abc='], style: ['sha256-def='] };
const tls = {
  certificate: '/etc/careers/cert.pem',
  key: '/etc/careers/key.pem',
  httpListen: '8080',
};

test('nginx with TLS serves https with modern protocols, and plain http only redirects to the https address', () => {
  const config = nginxConfig(hashes, {
    root: '/srv/site',
    listen: '8443',
    tls: { ...tls, httpsPort: 8443 },
  });
  expect(config).toContain(
    [
      '  server {',
      '    listen 8443 ssl;',
      '      ssl_certificate /etc/careers/cert.pem;',
      '      ssl_certificate_key /etc/careers/key.pem;',
      '      ssl_protocols TLSv1.2 TLSv1.3;',
      '      ssl_prefer_server_ciphers off;',
      '      ssl_session_cache shared:careers:1m;',
      '    root /srv/site;',
    ].join('\n'),
  );
  expect(
    config.endsWith(
      [
        '  }',
        '',
        '  # Plain http only ever answers with the https address.',
        '  server {',
        '    listen 8080;',
        '    location / {',
        '      return 301 https://$host:8443$request_uri;',
        '    }',
        '  }',
        '}',
        '',
      ].join('\n'),
    ),
  ).toBe(true);
  // On the standard port the address has none.
  for (const httpsPort of [443, undefined])
    expect(
      nginxConfig(hashes, { root: '/srv/site', listen: '443', tls: { ...tls, httpsPort } }),
    ).toContain('      return 301 https://$host$request_uri;\n');
});

test('nginx without TLS has one plain server and no TLS directive', () => {
  const config = nginxConfig(hashes, { root: '/srv/site', listen: '8080' });
  expect(config).toContain('  server {\n    listen 8080;\n    root /srv/site;\n');
  expect(config).not.toContain('ssl');
  expect(config.match(/^ {2}server \{$/gm)).toHaveLength(1);
  expect(config.endsWith('    }\n  }\n}\n')).toBe(true);
});

test("the editor's own origin: one rule for every path on Pages hosts, global headers on Azure, and its config.yml served as YAML", () => {
  const connect = ['https://api.github.com'];
  expect(editorHeadersFile(connect)).toBe(
    [
      '# Generated from src/build/hosting/policy.ts for the visual editor. Do not edit.',
      '',
      '/*',
      ...Object.entries(editorHeaders(connect)).map(([name, value]) => `  ${name}: ${value}`),
      '',
      '',
    ].join('\n'),
  );
  expect(JSON.parse(editorStaticWebAppConfig(connect))).toEqual({
    globalHeaders: editorHeaders(connect),
    mimeTypes: { '.yml': 'text/yaml' },
  });
});

/**
 * Serves a built site with nginx and the generated config, in the foreground:
 * `node scripts/nginx-serve.ts [--dir dist] [--port 4414] [--env production|integration] [--tls-http-port 4423 --tls-dir reports/hosts/nginx-tls]`.
 * Used by the hosting tests. With `--tls-http-port`, `--port` serves https with a
 * self-signed certificate made here for localhost (written to `--tls-dir` as cert.pem, so
 * a test can trust exactly it), and the http port redirects to it.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteFacts } from '../src/build/hosting/writeHostConfigs.ts';
import { nginxConfig } from '../src/build/hosting/hostConfigs.ts';
import { findNginx } from './lib/nginx.ts';
import { hostEnvironment } from './lib/hostEnvironment.ts';
import { findOpenssl } from './lib/openssl.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4414' },
    env: { type: 'string', default: 'production' },
    'tls-http-port': { type: 'string' },
    'tls-dir': { type: 'string', default: 'reports/hosts/nginx-tls' },
  },
});

/** A certificate for localhost and 127.0.0.1, valid for two days: only the tests trust it. */
function selfSignedCertificate(dir: string): { certificate: string; key: string } {
  mkdirSync(dir, { recursive: true });
  const certificate = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  execFileSync(
    findOpenssl(),
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=localhost',
      '-addext',
      'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      certificate,
    ],
    { stdio: 'ignore' },
  );
  return { certificate, key };
}
const environment = hostEnvironment(values.env);
const root = path.resolve(values.dir);
const temp = mkdtempSync(path.join(tmpdir(), 'careers-nginx-'));
for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(temp, sub));
const conf = path.join(temp, 'nginx.conf');
writeFileSync(
  conf,
  nginxConfig(siteFacts(root), {
    root,
    listen: `127.0.0.1:${values.port}`,
    temp,
    environment,
    ...(values['tls-http-port']
      ? {
          tls: {
            ...selfSignedCertificate(path.resolve(values['tls-dir'])),
            httpListen: `127.0.0.1:${values['tls-http-port']}`,
            httpsPort: Number(values.port),
          },
        }
      : {}),
  }),
);

// As root, nginx's workers run as nobody; the site must be readable by them.
const nginx = spawn(
  findNginx(),
  ['-c', conf, '-p', temp, ...(process.getuid?.() === 0 ? ['-g', 'user root;'] : [])],
  { stdio: 'inherit' },
);
console.log(
  `nginx serving ${root} at ${values['tls-http-port'] ? 'https' : 'http'}://localhost:${values.port}/ (config ${conf})`,
);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => nginx.kill('SIGQUIT'));
nginx.on('exit', (code) => process.exit(code ?? 0));

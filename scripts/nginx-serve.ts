/**
 * Serves a built site with nginx and the generated config, in the foreground:
 * `node scripts/nginx-serve.ts [--dir dist] [--port 4414] [--env production|integration]`. Used by the hosting tests.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteFacts } from '../src/build/hosting/writeHostConfigs.ts';
import { nginxConfig } from '../src/build/hosting/hostConfigs.ts';
import { findNginx } from './lib/nginx.ts';
import { hostEnvironment } from './lib/hostEnvironment.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4414' },
    env: { type: 'string', default: 'production' },
  },
});
const environment = hostEnvironment(values.env);
const root = path.resolve(values.dir);
const temp = mkdtempSync(path.join(tmpdir(), 'careers-nginx-'));
for (const sub of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(temp, sub));
const conf = path.join(temp, 'nginx.conf');
writeFileSync(
  conf,
  nginxConfig(siteFacts(root), { root, listen: `127.0.0.1:${values.port}`, temp, environment }),
);

// As root, nginx's workers run as nobody; the site must be readable by them.
const nginx = spawn(
  findNginx(),
  ['-c', conf, '-p', temp, ...(process.getuid?.() === 0 ? ['-g', 'user root;'] : [])],
  { stdio: 'inherit' },
);
console.log(`nginx serving ${root} at http://localhost:${values.port}/ (config ${conf})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => nginx.kill('SIGQUIT'));
nginx.on('exit', (code) => process.exit(code ?? 0));

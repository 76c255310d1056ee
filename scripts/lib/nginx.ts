/**
 * Debian's nginx for the hosting tests: found on the PATH or in /usr/sbin, installed with
 * apt-get when missing and we are root on Debian; otherwise one line saying how to get it.
 */
import { existsSync } from 'node:fs';
import { installDebianPackage } from './debianPackage.ts';

const CANDIDATES = [
  '/usr/sbin/nginx',
  '/usr/bin/nginx',
  '/usr/local/sbin/nginx',
  '/usr/local/bin/nginx',
];

export function findNginx({ install = true } = {}): string {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = CANDIDATES.find((candidate) => existsSync(candidate));
  if (found) return found;
  if (install && installDebianPackage('nginx-light', 'No nginx found'))
    return findNginx({ install: false });
  throw new Error(
    'No nginx found: install it (Debian: "sudo apt-get install nginx-light") or set NGINX_PATH.',
  );
}

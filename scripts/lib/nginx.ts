/**
 * Debian's nginx for the hosting tests: found on the PATH or in /usr/sbin, installed with
 * apt-get when missing and we are root on Debian; otherwise one line saying how to get it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

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
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (install && isRoot && existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get')) {
    console.log('No nginx found: installing Debian\'s "nginx-light" package (apt-get)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx-light'], {
      stdio: 'inherit',
      env,
    });
    return findNginx({ install: false });
  }
  throw new Error(
    'No nginx found: install it (Debian: "sudo apt-get install nginx-light") or set NGINX_PATH.',
  );
}

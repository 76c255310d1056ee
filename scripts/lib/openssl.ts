/**
 * openssl, to make the self-signed certificate the TLS test of nginx serves: on the PATH or
 * in /usr/bin, installed from Debian when missing; otherwise one line saying how to get it.
 */
import { spawnSync } from 'node:child_process';
import { installDebianPackage } from './debianPackage.ts';

const runs = (command: string) => spawnSync(command, ['version'], { stdio: 'ignore' }).status === 0;

export function findOpenssl({ install = true } = {}): string {
  const found = [process.env.OPENSSL_PATH, 'openssl', '/usr/bin/openssl'].find(
    (command) => command && runs(command),
  );
  if (found) return found;
  if (install && installDebianPackage('openssl', 'No openssl found'))
    return findOpenssl({ install: false });
  throw new Error(
    'No openssl found: install it (Debian: "sudo apt-get install openssl") or set OPENSSL_PATH.',
  );
}

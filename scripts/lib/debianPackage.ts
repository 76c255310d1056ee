/**
 * The tests' system tools (nginx, Java, openssl) come from Debian's registry, the one
 * besides npm's that the machines reach: installed with apt-get when a tool is missing and
 * we are root on Debian. Returns false where it cannot, so the caller says how to get it.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function installDebianPackage(name: string, missing: string): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/etc/debian_version') || !existsSync('/usr/bin/apt-get'))
    return false;
  console.log(`${missing}: installing Debian's "${name}" package (apt-get)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', name], {
    stdio: 'inherit',
    env,
  });
  return true;
}

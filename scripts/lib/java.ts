/**
 * A Java runtime for the W3C Nu HTML checker (vnu.jar asks for 17 or later): JAVA_PATH, then
 * JAVA_HOME, then `java` on the PATH; installed with apt-get (Debian's default-jre-headless)
 * when missing and we are root on Debian; otherwise one line saying how to get it.
 * vnu-jar's own postinstall would download a JDK from outside the package registries, so it
 * is off in package.json's allowScripts.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { installDebianPackage } from './debianPackage.ts';

const MINIMUM_VERSION = 17;

/** The major version `java -version` reports, or undefined when it does not run. */
function majorVersion(java: string): number | undefined {
  const result = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return undefined;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  if (!match) return undefined;
  // Java 8 and older call themselves 1.x.
  return match[1] === '1' ? Number(match[2]) : Number(match[1]);
}

function candidates(): string[] {
  const list: string[] = [];
  if (process.env.JAVA_PATH) list.push(process.env.JAVA_PATH);
  if (process.env.JAVA_HOME) list.push(path.join(process.env.JAVA_HOME, 'bin', 'java'));
  list.push('java', '/usr/bin/java');
  return list;
}

export function findJava({ install = true } = {}): string {
  const found = candidates().find((java) => (majorVersion(java) ?? 0) >= MINIMUM_VERSION);
  if (found) return found;
  if (install && installDebianPackage('default-jre-headless', `No Java ${MINIMUM_VERSION}+ found`))
    return findJava({ install: false });
  throw new Error(
    `No Java ${MINIMUM_VERSION}+ found: install one (Debian: "sudo apt-get install default-jre-headless") or set JAVA_PATH.`,
  );
}

/**
 * npm runs a dependency's install script on every machine that installs it. `allowScripts`
 * in package.json is the reviewed decision for each one (npm 11 warns about the others;
 * npm 12 blocks them), so it must name exactly the packages in the lockfile that have one.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  allowScripts?: Record<string, boolean>;
  devDependencies: Record<string, string>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  packages: Record<string, { hasInstallScript?: boolean }>;
};

test('allowScripts decides for exactly the installed packages that have an install script', () => {
  const withScripts = Object.entries(lock.packages)
    .filter(([, entry]) => entry.hasInstallScript)
    .map(([where]) => where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length));
  expect(Object.keys(manifest.allowScripts ?? {}).sort()).toEqual([...new Set(withScripts)].sort());
});

test('the Node.js runtime the scripts run on is pinned to one exact version', () => {
  expect(manifest.devDependencies.node).toMatch(/^\d+\.\d+\.\d+$/);
});

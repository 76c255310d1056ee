import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { moveAside } from '../../src/integrations/previousOutput.ts';

const logger = { debug: () => {} };
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(path.dirname(dir), { recursive: true, force: true })));

function oldOutput(): string {
  // On the project's disk, as a build's output is: a rename cannot cross to another one (a tmpfs /tmp).
  mkdirSync(path.resolve('.cache'), { recursive: true });
  const dir = path.join(mkdtempSync(path.resolve('.cache/test-output-')), 'dist');
  mkdirSync(path.join(dir, 'en', 'jobs'), { recursive: true });
  writeFileSync(path.join(dir, 'en', 'jobs', 'index.html'), 'old page');
  made.push(dir);
  return dir;
}

test('the last build’s output is gone from the output folder at once, and deleted by the time the build ends', async () => {
  const dir = oldOutput();
  const removal = moveAside(dir, logger);
  expect(readdirSync(dir)).toEqual([]);
  await removal;
  expect(existsSync(path.resolve('.cache/previous-output')) ? readdirSync(path.resolve('.cache/previous-output')) : []).toEqual([]);
});

test('an output folder holding .git is left for Astro to empty', async () => {
  const dir = oldOutput();
  mkdirSync(path.join(dir, '.git'));
  await moveAside(dir, logger);
  expect(readdirSync(dir).sort()).toEqual(['.git', 'en']);
});

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { moveAside } from '../../src/integrations/previousOutput.ts';
import { ASIDE, removeInBackground, removeLater } from '../../src/lib/removeLater.ts';

const logger = { debug: () => {} };
/** A file only this file's old outputs hold: real builds leave their own pages aside too, until the next build. */
const MARKER = `test-old-output-${process.pid}.html`;
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(path.dirname(dir), { recursive: true, force: true })));

function oldOutput(): string {
  // On the project's disk, as a build's output is: a rename cannot cross to another one (a tmpfs /tmp).
  mkdirSync(path.resolve('.cache'), { recursive: true });
  const dir = path.join(mkdtempSync(path.resolve('.cache/test-output-')), 'dist');
  mkdirSync(path.join(dir, 'en', 'jobs'), { recursive: true });
  writeFileSync(path.join(dir, 'en', 'jobs', 'index.html'), 'old page');
  writeFileSync(path.join(dir, MARKER), '');
  made.push(dir);
  return dir;
}

/** This file's old outputs still waiting for deletion (other tests' folders wait there too, in parallel). */
function outputsAside(): string[] {
  return (existsSync(ASIDE) ? readdirSync(ASIDE) : []).filter((name) => existsSync(path.join(ASIDE, name, MARKER)));
}

test('the last build’s output is gone from the output folder at once, kept aside whole for its pages to be linked back, then deleted', async () => {
  const dir = oldOutput();
  const aside = moveAside(dir, logger);
  expect(readdirSync(dir)).toEqual([]);
  expect(aside && readFileSync(path.join(aside, 'en', 'jobs', 'index.html'), 'utf8')).toBe('old page');
  await removeInBackground(aside!);
  expect(outputsAside()).toEqual([]);
});

test('an output folder holding .git is left for Astro to empty', () => {
  const dir = oldOutput();
  mkdirSync(path.join(dir, '.git'));
  expect(moveAside(dir, logger)).toBeUndefined();
  expect(readdirSync(dir).sort()).toEqual(['.git', 'en', MARKER]);
});

test('a folder removed later is gone from its place at once, and deleted when its removal resolves', async () => {
  const dir = oldOutput();
  const removal = removeLater(dir);
  expect(existsSync(dir)).toBe(false);
  await removal;
  expect(outputsAside()).toEqual([]);
});

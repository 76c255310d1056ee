import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ASIDE, removeLater } from '../../src/build/search/removeLater.ts';

/** A file only this test's folders hold: other tests' folders wait in the same place. */
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
  return (existsSync(ASIDE) ? readdirSync(ASIDE) : []).filter((name) =>
    existsSync(path.join(ASIDE, name, MARKER)),
  );
}

test('a folder removed later is gone from its place at once, and deleted when its removal resolves', async () => {
  const dir = oldOutput();
  const removal = removeLater(dir);
  expect(existsSync(dir)).toBe(false);
  await removal;
  expect(outputsAside()).toEqual([]);
});

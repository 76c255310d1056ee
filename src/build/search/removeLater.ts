/**
 * Deleting thousands of files (a language's old search index) takes seconds on the thread
 * that does it. Here a folder is renamed aside at once and deleted on a worker thread
 * while the build goes on.
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

/** .cache/ is ignored by git and shares the project's disk: a rename cannot cross to another one. */
export const ASIDE = path.resolve('.cache/to-delete');

let moved = 0;

/** Moves `dir` aside and deletes it in the background (resolved when gone); where it cannot be moved, deletes it now. */
export function removeLater(dir: string): Promise<void> {
  if (!existsSync(dir)) return Promise.resolve();
  const aside = moveAsideNow(dir);
  if (aside) return removeInBackground(aside);
  rmSync(dir, { recursive: true, force: true });
  return Promise.resolve();
}

/** Renames `dir` into the folder of things to delete; undefined where it cannot (another disk, permissions). */
function moveAsideNow(dir: string): string | undefined {
  const target = path.join(ASIDE, `${process.pid}-${Date.now()}-${moved++}`);
  try {
    mkdirSync(ASIDE, { recursive: true });
    renameSync(dir, target);
    return target;
  } catch {
    return undefined;
  }
}

/** Node's recursive rmSync is native and fast; on a thread of its own it keeps the build's thread free. */
function removeInBackground(path: string): Promise<void> {
  const list = [path];
  return new Promise((resolve, reject) => {
    const worker = new Worker(
      "const { rmSync } = require('node:fs'); for (const item of require('node:worker_threads').workerData) rmSync(item, { recursive: true, force: true, maxRetries: 3 })",
      { eval: true, workerData: list },
    );
    worker.once('error', reject);
    worker.once('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`could not delete ${list.join(', ')}`)),
    );
  });
}

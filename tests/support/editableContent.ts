/**
 * For unit tests that edit content: each test gets its own copy of the fixture content,
 * removed after it, and reads the model from the copy as a build on the fixture day would.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { readContentModel, type ModelOptions } from '../../src/content/model.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_TODAY } from './servers.ts';

export function editableFixtureContent(prefix: string) {
  let dir = '';
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), prefix));
    cpSync(FIXTURE_CONTENT_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  return {
    /** The current test's copy. */
    dir: () => dir,
    read: (options: Partial<ModelOptions> = {}) =>
      readContentModel({
        contentDir: dir,
        publicDir: 'public',
        today: FIXTURE_TODAY,
        missingTranslation: 'error',
        ...options,
      }),
  };
}

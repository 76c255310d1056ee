/**
 * Every hostile case at once, through the real `astro build`: the build stops before
 * anything renders, prints each case's line once (no stack trace, no hook banner), and
 * publishes nothing.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { HOSTILE_CASES, applyCase, withLines } from '../fixtures/hostile-content.ts';
import { FIXTURE_TODAY } from '../support/servers.ts';

test('hostile content stops the build with one line per case and publishes nothing', () => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-hostile-'));
  try {
    const content = path.join(dir, 'content');
    cpSync('tests/fixtures/content', content, { recursive: true });
    const expected = HOSTILE_CASES.flatMap((change) =>
      withLines(change.expected, applyCase(content, change)),
    );
    const out = path.join(dir, 'dist');
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CAREERS_CONTENT_DIR: content,
      CAREERS_OUT_DIR: out,
      CAREERS_CACHE_DIR: path.join(dir, 'cache'),
      CAREERS_TODAY: FIXTURE_TODAY,
    };
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      encoding: 'utf8',
      env,
    });
    const output = `${result.stdout}${result.stderr}`;
    expect(result.status).toBe(1);
    for (const line of expected) expect(output.split(line).length - 1, line).toBe(1);
    expect(output).toContain(
      `The content has ${expected.length} problems (listed above): nothing was built.`,
    );
    expect(output).not.toMatch(/Stack trace|unhandled error/i);
    expect(existsSync(out)).toBe(false);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

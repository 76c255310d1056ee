/**
 * `node tests/support/buildManyPostings.ts`: the real content with 1,000 generated postings
 * beside it (the benchmark's, scripts/lib/benchContent.ts: cards that differ as real ones
 * do), built into dist-many-postings. npm test checks the page budgets on it and the jobs
 * list's pages (tests/e2e/*.many.spec.ts); it is the one build whose list has pages.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { createBenchContent } from '../../scripts/lib/benchContent.ts';
import { buildDay } from '../../src/settings.ts';
import { MANY_CONTENT_DIR, MANY_OUT_DIR, MANY_POSTINGS } from './servers.ts';

rmSync(MANY_CONTENT_DIR, { recursive: true, force: true });
const content = createBenchContent('content', MANY_CONTENT_DIR, MANY_POSTINGS, buildDay());
console.log(
  `${content.synthetic} generated postings beside ${content.realPostings.length} real, in ${MANY_CONTENT_DIR}`,
);
const build = spawnSync(
  process.execPath,
  [path.resolve('node_modules/astro/bin/astro.mjs'), 'build'],
  {
    stdio: 'inherit',
    env: { ...process.env, CAREERS_CONTENT_DIR: MANY_CONTENT_DIR, CAREERS_OUT_DIR: MANY_OUT_DIR },
  },
);
if (build.status !== 0)
  console.error(`astro build ended with ${build.status ?? build.signal ?? build.error?.message}`);
process.exit(build.status ?? 1);

import { expect, test } from 'vitest';
import { buildPhases, parseDuration } from '../../scripts/lib/buildPhases.ts';

// The lines of a real `astro build` log the bench reads (colours as Astro prints them).
const log = [
  '08:22:02 [content] Syncing content',
  '08:22:03 [build] ✓ Completed in 3.84s.',
  '08:22:03 [build] Building static entrypoints...',
  '08:22:20 \x1b[34m[vite]\x1b[39m \x1b[32m✓ built in 17.30s\x1b[39m',
  '08:22:21 \x1b[34m[vite]\x1b[39m \x1b[32m✓ built in 58ms\x1b[39m',
  '\x1b[42m generating static routes \x1b[49m',
  '08:22:22   ├─ /404.html (+790ms)',
  '08:23:21 \x1b[32m✓ Completed in 59.31s.\x1b[39m',
  '08:23:22 [build] ✓ Completed in 1m 19s.',
  '08:23:33 [careers:pagefind] indexed 6057 pages in 8.9 s',
  '08:23:35 [build] 6057 page(s) built in 1m 35s',
].join('\n');

test('reads Astro’s durations in every form it prints them', () => {
  expect(parseDuration('58ms')).toBe(0.058);
  expect(parseDuration('17.30s')).toBe(17.3);
  expect(parseDuration('1m 5s')).toBe(65);
  expect(() => parseDuration('soon')).toThrow(/Not an Astro duration/);
});

test('splits a build’s wall time into start-up, bundling, rendering and what follows rendering', () => {
  const phases = buildPhases(log, 97.2);
  expect(phases.bundling).toBeCloseTo(17.358);
  expect(phases.rendering).toBeCloseTo(59.31);
  // From the line that ends rendering (08:23:21) to the build's last line (08:23:35).
  expect(phases.afterRendering).toBe(14);
  expect(phases.startup).toBeCloseTo(97.2 - 17.358 - 59.31 - 14);
});

test('a log without Astro’s phase lines is an error, not a table of zeros', () => {
  expect(() => buildPhases('08:00:00 [build] output: "static"', 10)).toThrow(/lacks the lines/);
});

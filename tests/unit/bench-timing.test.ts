import { expect, test } from 'vitest';
import { parseTimeFile } from '../../scripts/lib/timedRun.ts';

test('the bench reads wall time, peak memory and CPU time (user plus system) from GNU time', () => {
  expect(parseTimeFile('97.61 2650200 150.20 12.30\n')).toEqual({
    seconds: 97.61,
    peakRssKb: 2650200,
    cpuSeconds: 162.5,
  });
  // A command that failed has GNU time's status line first.
  expect(
    parseTimeFile('Command exited with non-zero status 1\n3.00 1000 2.50 0.50').cpuSeconds,
  ).toBe(3);
});

test('output it does not understand stops the bench, naming the file', () => {
  expect(() => parseTimeFile('97.61 2650200', 'logs/site-clean.time')).toThrow(
    /logs\/site-clean\.time: "97\.61 2650200"/,
  );
});

/**
 * Runs a command under GNU time for its wall time and peak memory. GNU time reports the
 * largest resident set of the process tree's single largest process (wait4's ru_maxrss),
 * not the sum of all processes at one moment: a build that spawns helpers (Pagefind's
 * binary) is reported by whichever process peaked highest.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';

export const GNU_TIME = '/usr/bin/time';

export interface TimedResult {
  /** Wall-clock seconds (GNU time %e). */
  seconds: number;
  /** Largest resident set of any one process in the tree, in kilobytes (GNU time %M). */
  peakRssKb: number;
}

export interface TimedOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the command's output goes: long builds print thousands of lines. */
  logFile: string;
  timeFile: string;
}

export function requireGnuTime(): void {
  if (!existsSync(GNU_TIME)) throw new Error(`${GNU_TIME} not found: install GNU time (Debian: "apt-get install time").`);
}

function lastLines(file: string, count: number): string {
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

/** The last line of GNU time's output is "%e %M"; a failed command has a status line before it. */
function parseTimeFile(file: string): TimedResult {
  const last = readFileSync(file, 'utf8').trim().split('\n').at(-1) ?? '';
  const [seconds, peakRssKb] = last.split(' ').map(Number);
  if (seconds === undefined || peakRssKb === undefined || Number.isNaN(seconds) || Number.isNaN(peakRssKb)) {
    throw new Error(`Unexpected GNU time output in ${file}: "${last}"`);
  }
  return { seconds, peakRssKb };
}

export function timedRun(command: readonly string[], options: TimedOptions): TimedResult {
  const log = openSync(options.logFile, 'w');
  try {
    const result = spawnSync(GNU_TIME, ['-f', '%e %M', '-o', options.timeFile, ...command], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', log, log],
    });
    if (result.error) throw result.error;
    if (result.status !== 0) {
      throw new Error(`${command.join(' ')} failed (exit ${result.status ?? result.signal}) in ${options.cwd}; last lines of ${options.logFile}:\n${lastLines(options.logFile, 40)}`);
    }
  } finally {
    closeSync(log);
  }
  return parseTimeFile(options.timeFile);
}

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
  /**
   * CPU seconds of the whole tree, user plus system (%U + %S): what the build costs
   * whatever else the machine does, where wall time on two shared cores varies by ±15%.
   */
  cpuSeconds: number;
}

export interface TimedOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where the command's output goes: long builds print thousands of lines. */
  logFile: string;
  timeFile: string;
}

export function requireGnuTime(): void {
  if (!existsSync(GNU_TIME))
    throw new Error(`${GNU_TIME} not found: install GNU time (Debian: "apt-get install time").`);
}

function lastLines(file: string, count: number): string {
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-count).join('\n');
}

const TIME_FORMAT = '%e %M %U %S';

/** The last line of GNU time's output is TIME_FORMAT; a failed command has a status line before it. */
export function parseTimeFile(text: string, file = 'GNU time output'): TimedResult {
  const last = text.trim().split('\n').at(-1) ?? '';
  const fields = last.split(' ').map(Number);
  if (fields.length !== 4 || fields.some((field) => Number.isNaN(field)))
    throw new Error(`Unexpected GNU time output in ${file}: "${last}"`);
  const [seconds, peakRssKb, user, system] = fields as [number, number, number, number];
  return { seconds, peakRssKb, cpuSeconds: user + system };
}

export function timedRun(command: readonly string[], options: TimedOptions): TimedResult {
  const log = openSync(options.logFile, 'w');
  try {
    const result = spawnSync(GNU_TIME, ['-f', TIME_FORMAT, '-o', options.timeFile, ...command], {
      cwd: options.cwd,
      env: options.env,
      stdio: ['ignore', log, log],
    });
    if (result.error) throw result.error;
    if (result.status !== 0) {
      throw new Error(
        `${command.join(' ')} failed (exit ${result.status ?? result.signal}) in ${options.cwd}; last lines of ${options.logFile}:\n${lastLines(options.logFile, 40)}`,
      );
    }
  } finally {
    closeSync(log);
  }
  return parseTimeFile(readFileSync(options.timeFile, 'utf8'), options.timeFile);
}

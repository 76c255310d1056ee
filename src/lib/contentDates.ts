/**
 * When each content file last changed: its last commit in git (one `git log` for the
 * whole folder), or its modification time when git does not know it (a new, uncommitted
 * file, or a copy without history). Feeds the sitemap's lastmod.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

let lastCommits: Map<string, Date> | undefined;

function readGitDates(): Map<string, Date> {
  const dates = new Map<string, Date>();
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', '.'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
    let current: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) current = new Date(line.slice(1));
      else if (line && current && !dates.has(path.join(root, line)))
        dates.set(path.join(root, line), current);
    }
  } catch {
    // Not a git checkout: modification times only.
  }
  return dates;
}

export function lastModified(filePath: string): Date | undefined {
  lastCommits ??= readGitDates();
  const absolute = path.resolve(filePath);
  const committed = lastCommits.get(absolute);
  if (committed) return committed;
  try {
    return statSync(absolute).mtime;
  } catch {
    return undefined;
  }
}

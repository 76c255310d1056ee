/**
 * When each content file last changed: its last commit in git (one `git log` for the
 * whole folder), or its modification time when git does not know it (a new file, or a copy
 * without history) or when it has changes not yet committed (an editor's work in
 * progress counts). Feeds the sitemap's lastmod and the translation status.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/** Files with changes not yet committed (`git status`), whose own time is the latest. */
function uncommitted(root: string): Set<string> {
  const status = execFileSync(
    'git',
    ['status', '--porcelain=v1', '-z', '--untracked-files=no', '--', '.'],
    {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      cwd: root,
    },
  );
  // Entries are "XY path"; a rename adds the old path as the next entry.
  const files = new Set<string>();
  const entries = status.split('\0');
  for (let index = 0; index < entries.length; index += 1) {
    const entry = entries[index]!;
    if (entry.length < 4) continue;
    files.add(path.join(root, entry.slice(3)));
    if (entry[0] === 'R' || entry[0] === 'C') index += 1;
  }
  return files;
}

function readGitDates(cwd: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  try {
    const root = execFileSync('git', ['rev-parse', '--show-toplevel'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      cwd,
    }).trim();
    const log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', '.'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
      cwd,
    });
    let current: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) current = new Date(line.slice(1));
      else if (line && current && !dates.has(path.join(root, line)))
        dates.set(path.join(root, line), current);
    }
    for (const file of uncommitted(root)) dates.delete(file);
  } catch {
    // Not a git checkout: modification times only.
  }
  return dates;
}

/** The dates of the files under `cwd`, read from git once. */
export function fileDates(cwd: string): (filePath: string) => Date | undefined {
  const committed = readGitDates(cwd);
  return (filePath) => {
    const absolute = path.resolve(cwd, filePath);
    const date = committed.get(absolute);
    if (date) return date;
    try {
      return statSync(absolute).mtime;
    } catch {
      return undefined;
    }
  };
}

let projectDates: ((filePath: string) => Date | undefined) | undefined;

export function lastModified(filePath: string): Date | undefined {
  projectDates ??= fileDates(process.cwd());
  return projectDates(filePath);
}

/**
 * A private copy of the project for benchmark builds. A build in the working tree shares
 * scratch and cache files with every other build there (`.astro/content-modules.mjs`,
 * `node_modules/.astro/data-store.json`, `node_modules/.vite`, `.cache/og`): a benchmark
 * that runs for half an hour next to a test run would read or overwrite theirs, and its
 * "clean" build would reuse caches. The copy holds the project's files, links to the
 * installed packages (no second install) and no cache, so its first build is a clean one.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';

/** Caches that packages keep inside node_modules: each copy gets its own. */
const PRIVATE_NODE_MODULES_ENTRIES = new Set(['.astro', '.vite', '.cache']);

/** The files git would commit from the working tree: tracked ones that still exist, plus new ones not ignored. */
function workingTreeFiles(projectRoot: string): string[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '-z', '--cached', '--others', '--exclude-standard'],
    { cwd: projectRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return listed
    .split('\0')
    .filter(
      (file) =>
        file !== '' &&
        existsSync(path.join(projectRoot, file)) &&
        statSync(path.join(projectRoot, file)).isFile(),
    );
}

function copyWorkingTree(projectRoot: string, target: string): void {
  for (const file of workingTreeFiles(projectRoot)) {
    mkdirSync(path.dirname(path.join(target, file)), { recursive: true });
    cpSync(path.join(projectRoot, file), path.join(target, file));
  }
}

function extractCommit(projectRoot: string, ref: string, target: string): void {
  const archive = execFileSync('git', ['archive', '--format=tar', ref], {
    cwd: projectRoot,
    maxBuffer: 1024 * 1024 * 1024,
  });
  execFileSync('tar', ['-x', '-C', target], { input: archive });
}

function linkPackages(projectRoot: string, target: string): void {
  const installed = path.join(projectRoot, 'node_modules');
  if (!existsSync(installed))
    throw new Error(`No node_modules in ${projectRoot}: run "npm install" first.`);
  const linked = path.join(target, 'node_modules');
  mkdirSync(linked, { recursive: true });
  for (const entry of readdirSync(installed)) {
    if (!PRIVATE_NODE_MODULES_ENTRIES.has(entry))
      symlinkSync(path.join(installed, entry), path.join(linked, entry));
  }
}

/**
 * Copies the project into `target`: the working tree as it is now, or the commit `ref`.
 * `alwaysFromWorkingTree` folders (the benchmark's own baseline) come from the working
 * tree when the commit does not have them, so an older commit can be measured too.
 */
export function snapshotProject(
  projectRoot: string,
  target: string,
  options: { ref?: string; alwaysFromWorkingTree?: string[] } = {},
): void {
  mkdirSync(target, { recursive: true });
  if (options.ref) {
    extractCommit(projectRoot, options.ref, target);
    for (const folder of options.alwaysFromWorkingTree ?? []) {
      if (existsSync(path.join(target, folder))) continue;
      // Build output and caches of an earlier run there are not part of the folder.
      const filter = (source: string) =>
        !['.astro', 'dist', 'node_modules'].includes(path.basename(source));
      cpSync(path.join(projectRoot, folder), path.join(target, folder), {
        recursive: true,
        filter,
      });
    }
  } else {
    copyWorkingTree(projectRoot, target);
  }
  linkPackages(projectRoot, target);
}

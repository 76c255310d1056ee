/**
 * Astro's incremental build keeps a copy of every page it rendered (`<cacheDir>/dist/`) and,
 * for each page it may reuse, copies that file into the emptied output: 3,000 copies and
 * about 3 s of a one-posting rebuild at a thousand postings. A page already in the output
 * is reused where it stands, so the pages the last build recorded are hard-linked from that
 * cache into the output first (milliseconds). Astro still decides page by page: one it
 * renders again is written over its link, with the same bytes it then writes to its cache;
 * one it no longer builds is removed by `removeUnbuilt` before anything reads the output.
 *
 * The manifest is Astro's own (`incremental-build.json`, experimental); a version this code
 * does not know links nothing, and Astro copies as before.
 */
import { existsSync, linkSync, mkdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import path from 'node:path';

const MANIFEST = 'incremental-build.json';
const KNOWN_VERSION = 1;

interface Manifest {
  version: number;
  routes: Record<string, { paths: Record<string, { outputFile?: unknown }> }>;
}

/** The output files (relative to the output folder) of every page Astro's last build recorded. */
export function recordedOutputFiles(cacheDir: string): string[] {
  let manifest: Manifest;
  try {
    manifest = JSON.parse(readFileSync(path.join(cacheDir, MANIFEST), 'utf8')) as Manifest;
  } catch {
    return [];
  }
  if (manifest.version !== KNOWN_VERSION || typeof manifest.routes !== 'object') return [];
  const files: string[] = [];
  for (const route of Object.values(manifest.routes)) {
    for (const entry of Object.values(route.paths ?? {})) {
      const file = entry.outputFile;
      // Only a plain relative path stays inside the output folder.
      if (typeof file === 'string' && file !== '' && !path.isAbsolute(file) && !file.split('/').includes('..')) files.push(file);
    }
  }
  return files;
}

/**
 * Links each recorded page's cached copy into `outDir` (empty at this point of the build) and
 * returns the output files linked. A page whose copy is missing, or that cannot be linked
 * (another file system), is left for Astro to restore or render.
 */
export function linkCachedPages(cacheDir: string, outDir: string): Set<string> {
  const linked = new Set<string>();
  const made = new Set<string>();
  for (const file of recordedOutputFiles(cacheDir)) {
    const source = path.join(cacheDir, 'dist', file);
    const target = path.join(outDir, file);
    const folder = path.dirname(target);
    try {
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      linkSync(source, target);
      linked.add(file);
    } catch {
      // Missing from the cache, already present, or across file systems: Astro's own copy handles it.
    }
  }
  return linked;
}

/** Removes the linked pages this build did not produce (removed from the site, or rendered empty). */
export function removeUnbuilt(outDir: string, linked: Set<string>, built: Iterable<string>): string[] {
  const produced = new Set<string>();
  for (const file of built) produced.add(path.relative(outDir, file).split(path.sep).join('/'));
  const removed: string[] = [];
  for (const file of linked) {
    if (produced.has(file)) continue;
    const target = path.join(outDir, file);
    if (existsSync(target)) {
      rmSync(target, { force: true });
      removed.push(file);
      removeEmptyFolders(path.dirname(target), outDir);
    }
  }
  return removed;
}

/** A removed page leaves no empty folder behind (a folder answers as a URL on some hosts). */
function removeEmptyFolders(folder: string, outDir: string): void {
  const root = path.resolve(outDir);
  for (let dir = path.resolve(folder); dir !== root && dir.startsWith(root + path.sep); dir = path.dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

/**
 * Astro's incremental build reuses an unchanged page by copying its cached copy
 * (`<cacheDir>/dist/`) into the emptied output: 3,000 copies and some 3 s of a
 * one-posting rebuild at a thousand postings. A page already in the output is reused
 * where it stands, so the last build's pages, moved aside with its output
 * (integrations/previousOutput.ts), are hard-linked back before Astro renders.
 *
 * Only when they are exactly that build's output, and the one Astro's cache describes:
 * each build ends by recording its output folder, a digest of Astro's cache manifest
 * (so no other build has used the cache since) and each page's inode, size and mtime (so
 * nobody has edited it since). The next build reads the record and deletes it (a build
 * that stops half-way leaves none). The links are to the old output's files, never to
 * the cache's: a page Astro renders again is written over its link without touching any
 * other folder. A page it no longer builds is removed with `removeUnbuilt`.
 */
import { createHash } from 'node:crypto';
import { existsSync, linkSync, mkdirSync, readFileSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Astro's own manifest of its incremental-build cache (read as bytes only: its format is Astro's). */
const MANIFEST = 'incremental-build.json';
const RECORD = 'careers-output-record.json';

/** A file as the build left it: inode, size and modification time (ns), as strings for exactness. */
type Identity = [ino: string, size: string, mtimeNs: string];

export interface OutputRecord {
  outDir: string;
  manifest: string;
  files: Record<string, Identity>;
}

function identity(file: string): Identity | undefined {
  try {
    const stat = statSync(file, { bigint: true });
    return stat.isFile() ? [String(stat.ino), String(stat.size), String(stat.mtimeNs)] : undefined;
  } catch {
    return undefined;
  }
}

function manifestDigest(cacheDir: string): string | undefined {
  try {
    return createHash('sha256').update(readFileSync(path.join(cacheDir, MANIFEST))).digest('hex');
  } catch {
    return undefined;
  }
}

function relativeTo(outDir: string, file: string): string {
  return path.relative(outDir, file).split(path.sep).join('/');
}

/** At the end of a build: what the next one may link back (the files Astro built, as they are now). */
export function recordOutput(cacheDir: string, outDir: string, built: Iterable<string>): void {
  const manifest = manifestDigest(cacheDir);
  if (!manifest) return;
  const files: Record<string, Identity> = {};
  for (const file of built) {
    const found = identity(file);
    if (found) files[relativeTo(outDir, file)] = found;
  }
  const record: OutputRecord = { outDir: path.resolve(outDir), manifest, files };
  writeFileSync(path.join(cacheDir, RECORD), JSON.stringify(record));
}

/**
 * At the start of a build: the last build's record, when it is this output's and Astro's
 * cache is unchanged since; undefined otherwise. The record is used once.
 */
export function takeRecord(cacheDir: string, outDir: string): OutputRecord | undefined {
  const recordFile = path.join(cacheDir, RECORD);
  let record: OutputRecord;
  try {
    record = JSON.parse(readFileSync(recordFile, 'utf8')) as OutputRecord;
  } catch {
    return undefined;
  }
  rmSync(recordFile, { force: true });
  if (record.outDir !== path.resolve(outDir) || record.manifest !== manifestDigest(cacheDir) || typeof record.files !== 'object') return undefined;
  return record;
}

/** The top-level entries of the output that hold recorded pages: the rest of the old output can go at once. */
export function recordedTopLevel(record: OutputRecord): Set<string> {
  return new Set(Object.keys(record.files).map((file) => file.split('/')[0]!));
}

/**
 * Before Astro renders: links each recorded page from `previous` (the last output, moved
 * aside) into the empty `outDir` where it is as the last build left it; returns the files linked.
 */
export function linkRecordedPages(record: OutputRecord, outDir: string, previous: string): Set<string> {
  const linked = new Set<string>();
  const made = new Set<string>();
  for (const [file, recorded] of Object.entries(record.files)) {
    // Only a plain relative path stays inside the output folder.
    if (path.isAbsolute(file) || file.split('/').includes('..')) continue;
    const source = path.join(previous, file);
    if (identity(source)?.join() !== recorded.join()) continue;
    const target = path.join(outDir, file);
    try {
      const folder = path.dirname(target);
      if (!made.has(folder)) {
        mkdirSync(folder, { recursive: true });
        made.add(folder);
      }
      linkSync(source, target);
      linked.add(file);
    } catch {
      // Left for Astro to restore from its cache or render.
    }
  }
  return linked;
}

/** Removes the linked pages this build did not produce (removed from the site, or rendered empty). */
export function removeUnbuilt(outDir: string, linked: Set<string>, built: Iterable<string>): string[] {
  const produced = new Set<string>();
  for (const file of built) produced.add(relativeTo(outDir, file));
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

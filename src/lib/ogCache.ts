/**
 * Where a drawn Open Graph image is kept: .cache/og/<key>.png, the key a hash of
 * everything that shapes the picture. Its own module, so the build's main thread can
 * find cached images without loading the drawing libraries (satori, sharp).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** What the image shows: the OG input, as ogImage.ts receives it. */
export interface OgCacheInput {
  lang: string;
  siteName: string;
  title: string;
  subtitle: string;
  kicker?: string;
}

/** Bump when the drawing changes, so cached images are redrawn. */
const DESIGN_VERSION = 1;
export const OG_CACHE_DIR = path.resolve('.cache/og');

export function ogCacheKey(input: OgCacheInput): string {
  return createHash('sha256').update(JSON.stringify({ DESIGN_VERSION, input })).digest('hex').slice(0, 32);
}

export function ogCacheFile(input: OgCacheInput): string {
  return path.join(OG_CACHE_DIR, `${ogCacheKey(input)}.png`);
}

/**
 * A hard link to the cache's file (or, across file systems, a copy). Cache files are
 * replaced by rename, never rewritten in place, so the link keeps this build's picture.
 */
export function placeCached(cached: string, target: string): void {
  mkdirSync(path.dirname(target), { recursive: true });
  rmSync(target, { force: true });
  try {
    linkSync(cached, target);
  } catch {
    copyFileSync(cached, target);
  }
}

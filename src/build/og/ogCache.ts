/**
 * Where a drawn Open Graph image is kept: .cache/og/<key>.png, the key a hash of
 * everything that shapes the picture. Its own module, so the build's main thread can
 * find cached images without loading the drawing libraries (satori, sharp).
 */
import { createHash } from 'node:crypto';
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/** What an Open Graph image shows (ogImage.ts draws it, ogImageInput.ts says what it is for each page). */
export interface OgImageInput {
  /** BCP 47 tag, for line breaking. */
  lang: string;
  siteName: string;
  title: string;
  /** Team and location for postings, a short description for other pages. */
  subtitle: string;
  /** A small label above the title, e.g. the employment type. */
  kicker?: string;
}

/** Bump when the drawing or its encoding changes, so cached images are redrawn. */
const DESIGN_VERSION = 3;
export const OG_CACHE_DIR = path.resolve('.cache/og');

export function ogCacheKey(input: OgImageInput): string {
  return createHash('sha256')
    .update(JSON.stringify({ DESIGN_VERSION, input }))
    .digest('hex')
    .slice(0, 32);
}

export function ogCacheFile(input: OgImageInput): string {
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

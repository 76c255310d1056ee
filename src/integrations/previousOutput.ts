import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkCachedPages, removeUnbuilt } from '../lib/cachedPages.ts';
import { ASIDE, moveAsideNow, removeInBackground, removeLeftovers } from '../lib/removeLater.ts';

/**
 * `astro build` starts by deleting the last build's output, file by file, before it
 * does anything else: 10,000 files (pages, OG images, search fragments) and 3 s at a
 * thousand postings, most of a small rebuild's start. Here the folder is moved aside at
 * once (a rename), deleted in the background while Astro bundles and renders, and the
 * build waits for that deletion before it reports success. An output holding `.git`
 * (Astro keeps it) or on another disk is left to Astro.
 *
 * Then, once Astro has emptied the output and before it renders, the pages its cache holds
 * are linked in (src/lib/cachedPages.ts), so it reuses them in place instead of copying
 * each one; the ones it did not build after all are removed before any later step reads
 * the output.
 */
export function previousOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let building = false;
  let removal: Promise<void> | undefined;
  let linked: Set<string> | undefined;
  return {
    name: 'careers:previous-output',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:build:start': ({ logger }) => {
        if (!building) return;
        removal = moveAside(outDir, logger);
      },
      // Called once, after Astro's own emptying of the output (which would delete the links) and before it renders.
      'astro:build:setup': ({ logger }) => {
        if (!building || linked) return;
        linked = linkCachedPages(cacheDir, outDir);
        logger.debug(`${linked.size} cached pages linked into the output`);
      },
      // First of the integrations' build:done hooks: the sitemap and search read the output after it.
      'astro:build:done': async ({ assets, logger }) => {
        if (linked) {
          const built = [...assets.values()].flat().map((url) => fileURLToPath(url));
          const removed = removeUnbuilt(outDir, linked, built);
          if (removed.length > 0) logger.info(`${removed.length} page(s) no longer built removed from the output`);
          linked = undefined;
        }
        await removal;
      },
    },
  };
}

/** Empties `outDir` at once; resolves when its old files (and any a stopped build left aside) are deleted. */
export async function moveAside(outDir: string, logger: Pick<AstroIntegrationLogger, 'debug'>): Promise<void> {
  // Listed before this build's own output joins them.
  const leftovers = removeLeftovers();
  if (!existsSync(outDir) || readdirSync(outDir).length === 0 || existsSync(path.join(outDir, '.git'))) return leftovers;
  const aside = moveAsideNow(outDir);
  if (!aside) {
    logger.debug(`the previous output stays for Astro to empty (it cannot be moved into ${ASIDE})`);
    return leftovers;
  }
  mkdirSync(outDir, { recursive: true });
  await Promise.all([leftovers, removeInBackground(aside)]);
}

import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { linkRecordedPages, recordOutput, recordedTopLevel, removeUnbuilt, takeRecord, type OutputRecord } from '../lib/reusedPages.ts';
import { ASIDE, moveAsideNow, removeInBackground, removeLeftovers } from '../lib/removeLater.ts';

/**
 * `astro build` starts by deleting the last build's output, file by file, before it
 * does anything else: 10,000 files (pages, OG images, search fragments) and 3 s at a
 * thousand postings, most of a small rebuild's start. Here the folder is moved aside at
 * once (a rename) and deleted on a worker thread; an output holding `.git` (Astro keeps
 * it) or on another disk is left to Astro.
 *
 * Once Astro has emptied the output and before it renders, the last build's pages are
 * linked back from the folder aside where they are still that build's
 * (src/lib/reusedPages.ts), so Astro reuses them in place instead of copying each one from
 * its cache; the ones it did not build after all are removed before any later step reads
 * the output, and the build ends by recording what it wrote. What holds no page (OG
 * images, search fragments, bundles) is deleted from the build's start, and the build
 * waits for that before it reports success.
 */
export function previousOutput(): AstroIntegration {
  let outDir = '';
  let cacheDir = '';
  let building = false;
  let aside: string | undefined;
  let record: OutputRecord | undefined;
  /** The part of the old output with no page to link back, deleted from the build's start. */
  let early: Promise<void> = Promise.resolve();
  const removals: Promise<void>[] = [];
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
        // Listed before this build's own old output joins them.
        removals.push(removeLeftovers());
        aside = moveAside(outDir, logger);
        // Taken in any case: a record is used once.
        record = takeRecord(cacheDir, outDir);
        if (!aside) return;
        // What holds no page to link back (OG images, search fragments, bundles) goes now, beside Astro's start.
        const keep = record ? recordedTopLevel(record) : new Set<string>();
        const goNow = readdirSync(aside).filter((name) => !keep.has(name)).map((name) => path.join(aside!, name));
        early = goNow.length > 0 ? removeInBackground(goNow) : Promise.resolve();
        removals.push(early);
      },
      // Called once, after Astro's own emptying of the output (which would delete the links) and before it renders.
      'astro:build:setup': ({ logger }) => {
        if (!building || linked) return;
        linked = aside && record ? linkRecordedPages(record, outDir, aside) : new Set();
        record = undefined;
        logger.debug(`${linked.size} pages of the last build linked into the output`);
        // The rest of the old output (its pages, linked or not) waits for the next build to
        // delete at its start, where a core is idle: linked pages share their files with
        // this output, so deleting their names now would free no space and take a core from
        // the search indexing. Without links there is nothing to wait for.
        const previous = aside;
        if (previous && linked.size === 0) removals.push(early.then(() => removeInBackground(previous)));
        aside = undefined;
      },
      // First of the integrations' build:done hooks: the sitemap and search read the output after it.
      'astro:build:done': async ({ assets, logger }) => {
        const built = [...assets.values()].flat().map((url) => fileURLToPath(url));
        const removed = removeUnbuilt(outDir, linked ?? new Set(), built);
        if (removed.length > 0) logger.info(`${removed.length} page(s) no longer built removed from the output`);
        recordOutput(cacheDir, outDir, built);
        linked = undefined;
        await Promise.all(removals.splice(0));
      },
    },
  };
}

/** Empties `outDir` at once by moving its contents aside; returns where they are, or undefined where Astro is left to empty it. */
export function moveAside(outDir: string, logger: Pick<AstroIntegrationLogger, 'debug'>): string | undefined {
  if (!existsSync(outDir) || readdirSync(outDir).length === 0 || existsSync(path.join(outDir, '.git'))) return undefined;
  const moved = moveAsideNow(outDir);
  if (!moved) {
    logger.debug(`the previous output stays for Astro to empty (it cannot be moved into ${ASIDE})`);
    return undefined;
  }
  mkdirSync(outDir, { recursive: true });
  return moved;
}

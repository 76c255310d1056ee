import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { ContentModel } from '../content/model.ts';
import { ogImageJobs } from '../lib/ogImageInput.ts';
import { OgImagePool } from '../lib/ogImagePool.ts';
import type { OgImageJob } from '../lib/ogImageQueue.ts';

/**
 * Draws every page's Open Graph image in `astro build`, from the content model, in a
 * pool of worker threads: they start as soon as the configuration is done and draw into
 * .cache/og while Astro syncs content, bundles and renders; once the pages are written,
 * each image is placed in the output (linked from the cache) and the build waits for the
 * last one. `astro dev` has no pool: its OG route draws an image when asked.
 */
export function ogImages(content: () => ContentModel): AstroIntegration {
  let building = false;
  let pool: OgImagePool | undefined;
  let jobs: OgImageJob[] = [];
  return {
    name: 'careers:og-images',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        pool = new OgImagePool(fileURLToPath(config.outDir).replace(/\/$/, ''));
        jobs = ogImageJobs(content());
        pool.warm(jobs.map((job) => job.input));
      },
      'astro:build:done': async ({ logger }) => {
        if (!pool) return;
        const started = performance.now();
        try {
          for (const job of jobs) pool.submit(job);
          const report = await pool.drain();
          const waited = (performance.now() - started) / 1000;
          logger.info(
            `${report.images} Open Graph images: ${report.drawnAhead} drawn ahead while Astro started, ${report.drawn} drawn while pages rendered, ` +
              `${report.fromCache} taken from .cache/og; waited ${waited.toFixed(1)} s for the last ones`,
          );
        } finally {
          await pool.close();
          pool = undefined;
        }
      },
    },
  };
}

import type { AstroIntegrationLogger } from 'astro';
import type { ContentModel } from '../../content/model.ts';
import { ogImageJobs } from './ogImageInput.ts';
import { OgImagePool } from './ogImagePool.ts';

/**
 * Draws every page's Open Graph image in `astro build`, from the content model, in a
 * pool of worker threads: they start as soon as the configuration is done (startOgImages)
 * and draw into .cache/og while Astro syncs content, bundles and renders; once the pages
 * are written, finish() places each image in the output (linked from the cache) and waits
 * for the last one. `astro dev` has no pool: its OG route draws an image when asked.
 */
export function startOgImages(
  outDir: string,
  content: ContentModel,
): { finish(logger: AstroIntegrationLogger): Promise<void> } {
  const pool = new OgImagePool(outDir.replace(/\/$/, ''));
  const jobs = ogImageJobs(content);
  pool.warm(jobs.map((job) => job.input));
  return {
    async finish(logger) {
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
      }
    },
  };
}

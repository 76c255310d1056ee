import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { ContentRead } from '../content/validate.ts';
import { expectedOgImageInputs } from '../lib/ogImageInput.ts';
import { OgImagePool } from '../lib/ogImagePool.ts';
import { registerOgImageQueue } from '../lib/ogImageQueue.ts';

export interface OgImagesIntegration {
  integration: AstroIntegration;
  /** Give it the content check's reading (contentCheck's onValid): a build starts drawing from it. */
  warmUp(content: ContentRead): void;
}

/**
 * Gives `astro build` a pool of worker threads that draw the Open Graph images, and
 * waits for the last image before the build reports success. The pool starts as soon as
 * the configuration is done, warmed with the images the content check's reading calls
 * for, so they are drawn while Astro syncs content and Vite bundles; the OG route then
 * submits what the site map really needs while pages render; the last ones are drawn
 * while the sitemap and the search indexes are written.
 */
export function ogImages(): OgImagesIntegration {
  let content: ContentRead | undefined;
  let building = false;
  let pool: OgImagePool | undefined;
  const integration: AstroIntegration = {
    name: 'careers:og-images',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config }) => {
        if (!building) return;
        pool = new OgImagePool(fileURLToPath(config.outDir).replace(/\/$/, ''));
        registerOgImageQueue(pool);
        if (content) pool.warm(expectedOgImageInputs(content));
      },
      'astro:build:done': async ({ logger }) => {
        if (!pool) return;
        const started = performance.now();
        try {
          const report = await pool.drain();
          const waited = (performance.now() - started) / 1000;
          logger.info(
            `${report.images} Open Graph images: ${report.drawnAhead} drawn ahead while Astro started, ${report.drawn} drawn while pages rendered, ` +
              `${report.fromCache} taken from .cache/og; waited ${waited.toFixed(1)} s for the last ones`,
          );
        } finally {
          registerOgImageQueue(undefined);
          await pool.close();
          pool = undefined;
        }
      },
    },
  };
  return {
    integration,
    warmUp(read) {
      content = read;
    },
  };
}

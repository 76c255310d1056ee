import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { OgImagePool } from '../lib/ogImagePool.ts';
import { registerOgImageQueue } from '../lib/ogImageQueue.ts';

/**
 * Gives `astro build` a pool of worker threads that draw the Open Graph images while
 * pages render (the OG route submits them), and waits for the last image before the
 * build reports success. List it after the integrations whose `astro:build:done` is
 * slow (Pagefind), so the workers finish their queue meanwhile.
 */
export function ogImages(): AstroIntegration {
  let outDir = '';
  let pool: OgImagePool | undefined;
  return {
    name: 'careers:og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir).replace(/\/$/, '');
      },
      'astro:build:start': () => {
        pool = new OgImagePool(outDir);
        registerOgImageQueue(pool);
      },
      'astro:build:done': async ({ logger }) => {
        if (!pool) return;
        const started = performance.now();
        try {
          const report = await pool.drain();
          const waited = (performance.now() - started) / 1000;
          logger.info(`${report.images} Open Graph images (${report.drawn} drawn, ${report.fromCache} from .cache/og); waited ${waited.toFixed(1)} s for the last ones`);
        } finally {
          registerOgImageQueue(undefined);
          await pool.close();
          pool = undefined;
        }
      },
    },
  };
}

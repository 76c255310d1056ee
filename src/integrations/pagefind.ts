import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { createIndex, close } from 'pagefind';

/**
 * Builds the Pagefind search index as part of `astro build`, so `npm run build` alone
 * produces a searchable site. Pagefind splits the index by each page's <html lang>,
 * which gives one index per locale.
 */
export function pagefindIndex(): AstroIntegration {
  return {
    name: 'careers:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = performance.now();
        const { index, errors } = await createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        logger.info(`indexed ${added.page_count} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
        await close();
      },
    },
  };
}

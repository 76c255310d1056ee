/**
 * What `astro build` does around Astro's own work, in one place and one order. Before
 * rendering: the OG images start drawing from the content model (the model itself is read
 * by contentModel.ts, first of all). After rendering, in this sequence:
 *
 * 0. each page's <meta> CSP narrowed to its own inline scripts and styles, before anything
 *    reads the pages (the search indexes compare their bytes, the host configs their hashes);
 * 1. search indexes: each changed language is handed to Pagefind, which indexes in a
 *    process of its own while the next steps run on this thread;
 * 2. the sitemap, from the content model (@astrojs/sitemap's own steps, called here);
 * 3. the OG images: each placed in the output, waiting for the last one;
 * 4. the visual editor, when a backend is configured;
 * 5. the search indexes, waited for;
 * 6. the host configs, last: they hash the built pages' scripts and list the output's folders.
 */
import type { AstroIntegration } from 'astro';
import sitemap from '@astrojs/sitemap';
import { fileURLToPath } from 'node:url';
import type { ContentModel } from '../content/model.ts';
import { publishVisualEditor } from './editor/visualEditor.ts';
import { publishHostConfigs } from './hosting/publish.ts';
import { narrowPageCsps } from './hosting/pageCsp.ts';
import { startOgImages } from './og/ogImages.ts';
import { describeSearchIndexes, startSearchIndexes } from './search/searchIndexes.ts';
import { sitemapOptions } from './sitemap.ts';

export function buildSteps(content: () => ContentModel): AstroIntegration {
  const siteMapFiles = sitemap(sitemapOptions(content));
  let building = false;
  let ogImages: ReturnType<typeof startOgImages> | undefined;
  return {
    name: 'careers:build-steps',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': async (options) => {
        await siteMapFiles.hooks['astro:config:done']?.(options);
        if (building) ogImages = startOgImages(fileURLToPath(options.config.outDir), content());
      },
      // @astrojs/sitemap lists the pages from Astro's routes.
      'astro:routes:resolved': async (options) => {
        await siteMapFiles.hooks['astro:routes:resolved']?.(options);
      },
      'astro:build:done': async (options) => {
        const { dir, assets, logger } = options;
        const out = fileURLToPath(dir);
        const started = performance.now();
        const pages = [...assets.values()]
          .flat()
          .map((url) => fileURLToPath(url))
          .filter((file) => file.endsWith('.html'));
        const narrowed = narrowPageCsps(pages);
        logger.info(
          `CSP of ${narrowed} page(s) narrowed to their own inline scripts and styles, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        const search = await startSearchIndexes(out);
        await siteMapFiles.hooks['astro:build:done']?.(options);
        await ogImages?.finish(logger);
        await publishVisualEditor(out, pages, content(), logger);
        const report = await search.done;
        logger.info(
          `search indexes: ${describeSearchIndexes(report)}, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
        publishHostConfigs(out, pages, logger);
      },
    },
  };
}

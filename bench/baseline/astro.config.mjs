// @ts-check
/**
 * The bare-Astro baseline of `npm run bench`: the same posting files rendered with MDX
 * and nothing else (no Tailwind, no i18n routing, no OG images, no search index), so the
 * site's build can be compared with what Astro itself costs for the same content.
 * Build: `BENCH_CONTENT_DIR=<content folder> npx astro build --root bench/baseline`
 * (from the project root; it uses the project's installed Astro).
 */
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  // Astro's and Vite's caches default to ./node_modules/…, which would give this folder a
  // node_modules of its own; .astro/ is ignored by git like the project's.
  cacheDir: './.astro/cache',
  vite: { cacheDir: './.astro/vite' },
  integrations: [mdx()],
});

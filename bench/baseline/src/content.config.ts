import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** The benchmark's generated content folder (the one the site build reads too). */
const contentDir = process.env.BENCH_CONTENT_DIR;
if (!contentDir)
  throw new Error(
    'BENCH_CONTENT_DIR: set it to a content folder with postings/<id>/index.<locale>.mdx (npm run bench does)',
  );

export const collections = {
  postings: defineCollection({
    // `postings/<id>/index.<locale>.mdx` → `<id>/<locale>`: one page per file, whatever the frontmatter says.
    loader: glob({
      base: `${contentDir}/postings`,
      pattern: '*/index.*.mdx',
      generateId: ({ entry }) => entry.replace(/\/index\.([^.]+)\.mdx$/, '/$1'),
    }),
    // Permissive on purpose: the baseline measures rendering, not the site's validation.
    schema: z.looseObject({ title: z.string() }),
  }),
};

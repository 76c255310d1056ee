import { defineCollection } from 'astro:content';
import { pageSchema, postingSchema } from './content/schemas.ts';
import { modelEntries } from './content/loaders.ts';

// Entries come from the content model (src/content/model.ts), which has read and checked
// every file; the data files (teams, bus routes, organization) are in the model only.
export const collections = {
  postings: defineCollection({ loader: modelEntries('postings'), schema: postingSchema }),
  pages: defineCollection({ loader: modelEntries('pages'), schema: pageSchema }),
};

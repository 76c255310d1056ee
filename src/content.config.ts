import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { busRouteSchema, organizationSchema, pageSchema, postingSchema, teamSchema } from './content/schemas.ts';
import { ENTRY_FILE_GLOB, contentDir, localizedEntryId } from './content/location.ts';
import { renderedMarkdownEntries } from './content/renderedMarkdown.ts';

const localizedMdx = (folder: string) =>
  glob({ base: `${contentDir}/${folder}`, pattern: ENTRY_FILE_GLOB, generateId: ({ entry }) => localizedEntryId(`${folder}/${entry}`) });

export const collections = {
  // Postings are Markdown with <Link to>, rendered once per changed file (content/renderedMarkdown.ts);
  // pages are MDX, for the components of the benefit pages (the bus routes).
  postings: defineCollection({ loader: renderedMarkdownEntries({ base: `${contentDir}/postings`, collection: 'postings' }), schema: postingSchema }),
  pages: defineCollection({ loader: localizedMdx('pages'), schema: pageSchema }),
  teams: defineCollection({ loader: file(`${contentDir}/data/teams.yaml`), schema: teamSchema }),
  busRoutes: defineCollection({ loader: file(`${contentDir}/data/bus-routes.yaml`), schema: busRouteSchema }),
  organization: defineCollection({ loader: file(`${contentDir}/data/organization.yaml`), schema: organizationSchema }),
};

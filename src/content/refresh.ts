/**
 * How `astro dev` hands a content model read after a save to the collections' loaders
 * (src/build/contentModel.ts → src/content/loaders.ts): Astro runs the named loaders again
 * with this context, so a posting that became valid, or a new one, gets its entry and its
 * rendered body before the pages reload.
 */
import type { Collection } from './files.ts';
import type { ContentModel, ContentSource } from './model.ts';

export interface RefreshedContent {
  model: ContentModel;
  sources: Map<string, ContentSource>;
  /** Each loader calls this once its entries are in the store (before Astro writes it to disk). */
  loaded?(collection: Collection): void;
}

/** The key of the refreshed content in the loaders' `refreshContextData`. */
export const REFRESHED_CONTENT = 'careers:content';

export function loaderName(collection: Collection): string {
  return `careers:${collection}`;
}

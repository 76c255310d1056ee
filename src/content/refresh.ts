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

/**
 * Where `astro dev` keeps the function that writes Astro's content store now. Astro writes
 * it 0.5 s after the last change, and reloads the open tabs once it is written; a posting's
 * saved text, rendered into the store by its loader, asks for the write at once. A global,
 * because Astro evaluates the loaders' module apart from the integration's.
 */
const WRITE_STORE_NOW = Symbol.for('careers:write-store-now');
type WithWriter = typeof globalThis & { [WRITE_STORE_NOW]?: () => Promise<void> };

export function setStoreWriter(write: () => Promise<void>): void {
  (globalThis as WithWriter)[WRITE_STORE_NOW] = write;
}

export async function writeStoreNow(): Promise<void> {
  await (globalThis as WithWriter)[WRITE_STORE_NOW]?.();
}

/**
 * A loader name that matches no collection: Astro's sync with only this name runs no
 * loader (and, unlike an empty list, keeps the loaders' file watchers), and ends by
 * writing the store to disk.
 */
export const NO_LOADER = 'careers:write-store';

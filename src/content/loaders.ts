/**
 * Content-layer loaders that take their entries from the content model instead of
 * reading files: the model has read and checked every file already.
 *
 * - Postings are Markdown with `<Link to>` (markdownBody.ts): each is rendered to HTML
 *   by Astro's own Markdown processor and kept in the store with its file's digest, so a
 *   build renders only new and changed postings, and no posting becomes a Vite module.
 * - Pages are MDX (for the site's components): Astro compiles each from its file when
 *   it renders, as its own glob() loader would have it.
 *
 * Scheduled postings are not in the model, so they are in no collection.
 */
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import model from 'virtual:careers/content-model';
import sources from 'virtual:careers/content-sources';
import type { Collection } from './files.ts';
import type { ContentVersion } from './model.ts';
import { checkPostingBody } from './bodyRules.ts';
import { SECTION_PAGES } from '../i18n/routes.ts';
import { placeholderProblems, readEntryFile } from './files.ts';
import { loaderName, REFRESHED_CONTENT, writeStoreNow, type RefreshedContent } from './refresh.ts';

function versionsOf(content: RefreshedContent, collection: Collection): ContentVersion<unknown>[] {
  const entries = collection === 'postings' ? content.model.postings : content.model.pages;
  return entries.flatMap((entry) => Object.values(entry.versions) as ContentVersion<unknown>[]);
}

async function renderPosting({ renderMarkdown }: LoaderContext, markdown: string, absolutePath: string) {
  // The leading newline: a body that opens with a "---" rule is not read as frontmatter.
  return renderMarkdown(`\n${markdown}`, { fileURL: pathToFileURL(absolutePath) });
}

/**
 * Where a watcher keeps the postings' handler for saved files. Astro evaluates this module
 * again when the content config reloads (after a save that changed facts), so a flag in
 * it would not stop a second handler: each load() replaces the watcher's one instead.
 */
const SAVED_POSTING_HANDLER = Symbol.for('careers:saved-posting-handler');
type Watcher = NonNullable<LoaderContext['watcher']> & {
  [SAVED_POSTING_HANDLER]?: (file: string) => void;
};

export function modelEntries(collection: Collection): Loader {
  return {
    name: loaderName(collection),
    load: async (context) => {
      const { store, watcher } = context;
      // After a save, `astro dev` passes the model it has just read (see refresh.ts).
      const refreshed = context.refreshContextData?.[REFRESHED_CONTENT] as RefreshedContent | undefined;
      const content = refreshed ?? { model, sources };
      const untouched = new Set(store.keys());
      const byFile = new Map<string, ContentVersion<unknown>>();
      for (const version of versionsOf(content, collection)) {
        untouched.delete(version.id);
        const source = content.sources.get(version.id)!;
        byFile.set(source.absolutePath, version);
        const stored = store.get(version.id);
        if (stored?.digest === source.digest) {
          if (collection === 'pages') store.addModuleImport(source.absolutePath);
          continue;
        }
        const entry = { id: version.id, data: version.data as Record<string, unknown>, body: source.body, filePath: version.filePath, digest: source.digest };
        if (collection === 'postings') store.set({ ...entry, rendered: await renderPosting(context, source.body, source.absolutePath) });
        else store.set({ ...entry, deferredRender: true });
      }
      for (const id of untouched) store.delete(id);
      refreshed?.loaded?.(collection);
      if (!watcher || collection !== 'postings') return;
      // `astro dev`: a saved posting's text is rendered again at once, and the store written
      // at once; that is the whole update when only the text changed (Astro reloads the tab
      // once the store is written). The content-model integration reads the model again and, when facts
      // changed or a posting is new, runs this load() again with it. The body is checked as
      // the build checks it; one with a problem is not shown (the integration prints the
      // problem), the last good text stays.
      const linkTargets = new Set<string>([...SECTION_PAGES, ...content.model.postings.map((entry) => entry.id), ...content.model.pages.map((entry) => entry.id)]);
      const publicDir = path.join(fileURLToPath(context.config.root), 'public');
      const render = async (file: string) => {
        const version = byFile.get(path.resolve(file));
        if (!version) return;
        const read = readEntryFile('postings', version.entryId, version.locale, path.resolve(file), version.file);
        if ('message' in read || placeholderProblems(read.file, read.body).length > 0) return;
        const { problems, markdown } = checkPostingBody(read.body, { file: read.file, firstLine: read.bodyLine, linkTargets, publicDir });
        if (problems.length > 0) return;
        const stored = store.get(version.id);
        store.set({ id: version.id, data: stored?.data ?? (version.data as Record<string, unknown>), body: markdown, filePath: version.filePath, digest: read.digest, rendered: await renderPosting(context, markdown, read.absolutePath) });
        context.logger.info(`Reloaded ${version.file}`);
        await writeStoreNow();
      };
      // An editor's save can be two events (truncate, then write) that the watcher may
      // report as one, on the first: read the file once it has been quiet for a moment.
      const settling = new Map<string, NodeJS.Timeout>();
      const saved = (file: string) => {
        clearTimeout(settling.get(file));
        settling.set(file, setTimeout(() => void render(file), 30));
      };
      const previous = (watcher as Watcher)[SAVED_POSTING_HANDLER];
      if (previous) watcher.off('change', previous);
      (watcher as Watcher)[SAVED_POSTING_HANDLER] = saved;
      watcher.on('change', saved);
    },
  };
}

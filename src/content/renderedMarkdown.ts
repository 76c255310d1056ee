/**
 * A content-layer loader for the postings: each `<id>/index.<locale>.mdx` is read, its
 * frontmatter checked by the collection's schema, and its body (Markdown with
 * `<Link to>`, see markdownBody.ts) rendered to HTML by Astro's own Markdown processor,
 * the one `.md` files go through. The store keeps the HTML with the file's digest, so a
 * build renders only new and changed files, and no file becomes a Vite module.
 *
 * Astro's glob() loader would compile each .mdx file to a module instead; this one keeps
 * its file layout, ids and watching in `astro dev`.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { load } from 'js-yaml';
import { localeOfFileName, localizedEntryId } from './location.ts';
import { linksToMarkdown } from './markdownBody.ts';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** `<folder>/index.<locale>.mdx` files under `dir`, relative to it. */
async function entryFiles(dir: string): Promise<string[]> {
  const folders = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const files = await Promise.all(
    folders
      .filter((folder) => folder.isDirectory())
      .map(async (folder) => (await readdir(path.join(dir, folder.name))).filter((name) => localeOfFileName(name) !== undefined).map((name) => `${folder.name}/${name}`)),
  );
  return files.flat().sort();
}

export function renderedMarkdownEntries(options: { base: string; collection: string }): Loader {
  const base = path.resolve(options.base);
  return {
    name: 'careers:rendered-markdown',
    load: async (context: LoaderContext) => {
      const { store, watcher } = context;
      const idsByFile = new Map<string, string>();
      const untouched = new Set(store.keys());
      const sync = async (relative: string) => {
        const id = localizedEntryId(`${options.collection}/${relative}`);
        untouched.delete(id);
        const file = path.join(base, relative);
        idsByFile.set(file, id);
        await syncEntry(context, id, file);
      };
      // A few files at a time: reading one overlaps rendering another (3,000 one by one
      // left the thread waiting on the disk a third of the time).
      const queue = await entryFiles(base);
      await Promise.all(Array.from({ length: 8 }, async () => {
        for (let next = queue.shift(); next !== undefined; next = queue.shift()) await sync(next);
      }));
      for (const id of untouched) store.delete(id);
      if (!watcher) return;
      // `astro dev`: a saved file is rendered again at once, a deleted one leaves the site.
      watcher.add(base);
      const inCollection = (file: string) => {
        const relative = path.relative(base, file).split(path.sep).join('/');
        return /^[^/]+\/[^/]+$/.test(relative) && localeOfFileName(path.basename(file)) !== undefined ? relative : undefined;
      };
      const changed = async (file: string) => {
        const relative = inCollection(file);
        if (!relative) return;
        try {
          await sync(relative);
          context.logger.info(`Reloaded ${options.collection}/${relative}`);
        } catch (error) {
          context.logger.error(`${options.collection}/${relative}: ${(error as Error).message}`);
        }
      };
      watcher.on('change', changed);
      watcher.on('add', changed);
      watcher.on('unlink', (file) => {
        const id = idsByFile.get(file);
        if (id) store.delete(id);
        idsByFile.delete(file);
      });
    },
  };
}

async function syncEntry({ store, config, parseData, generateDigest, renderMarkdown }: LoaderContext, id: string, file: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const digest = generateDigest(text);
  // Unchanged since the last build: its data and HTML are in the store already.
  if (store.get(id)?.digest === digest) return;
  const match = FRONTMATTER.exec(text);
  const root = fileURLToPath(config.root);
  const shown = path.relative(root, file);
  if (!match) throw new Error(`${shown}: expected the file to start with a frontmatter block between two "---" lines`);
  // js-yaml, as Astro's own loaders read frontmatter (and ten times faster than the yaml package).
  const data = await parseData({ id, data: (load(match[1] ?? '') ?? {}) as Record<string, unknown>, filePath: file });
  const body = text.slice(match[0].length);
  // The leading newline: a body that opens with a "---" rule is not read as frontmatter.
  const rendered = await renderMarkdown(`\n${linksToMarkdown(body)}`, { fileURL: pathToFileURL(file) });
  store.set({ id, data, body, filePath: shown.split(path.sep).join('/'), digest, rendered });
}

/**
 * Reads the content model once, when Astro starts, and stops with one line per problem
 * before anything renders. The model reaches the rest of the build through this object
 * (the OG images, the sitemap, the visual editor) and two virtual modules:
 *
 * - `virtual:careers/content-model`: the model, for pages and views (through the site map);
 * - `virtual:careers/content-sources`: each version's body and file, for the content loaders.
 *
 * In `astro dev` a saved content file is read again, the collections are filled again from
 * the new model (a new posting gets its entry and body), and the pages reload with it. While
 * the content has problems, every page of the preview is a page listing them, the same
 * lines the terminal and a build print, until a save fixes them.
 */
import type { AstroIntegration, AstroIntegrationLogger, RefreshContentOptions } from 'astro';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { uneval } from 'devalue';
import type { Plugin } from 'vite';
import { contentDir } from '../content/location.ts';
import { readContentModel, type ContentModel, type ContentSource } from '../content/model.ts';
import { formatProblem, type ContentProblem } from '../content/problems.ts';
import { ADMIN_PATH } from './hosting/policy.ts';
import { escapeMarkup } from '../shared/escapeMarkup.ts';
import { buildDay, readSettings } from '../settings.ts';
import {
  loaderName,
  NO_LOADER,
  REFRESHED_CONTENT,
  setStoreWriter,
  type RefreshedContent,
} from '../content/refresh.ts';
import { COLLECTIONS } from '../content/files.ts';
import { createReadCache, type ReadCache } from '../content/readCache.ts';

const MODULES = {
  model: 'virtual:careers/content-model',
  sources: 'virtual:careers/content-sources',
} as const;

export interface ContentModelIntegration {
  integration: AstroIntegration;
  /** The model as last read: a build gets past astro:config:setup only with a valid one. */
  model(): ContentModel;
}

/** The preview's page while the content has problems; Vite's client reloads it after a save. */
function problemsPage(problems: ContentProblem[]): string {
  const count = problems.length;
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Content problems · preview</title>
<script type="module" src="/@vite/client"></script>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem}li{margin:.5rem 0;font-family:ui-monospace,monospace;overflow-wrap:anywhere}</style></head>
<body><main><h1>The content has ${count} problem${count === 1 ? '' : 's'}</h1>
<p>Fix ${count === 1 ? 'it' : 'them'} and save: this page shows the site again by itself.</p>
<ul>${problems.map((problem) => `<li>${escapeMarkup(formatProblem(problem))}</li>`).join('')}</ul></main></body>
</html>
`;
}

/** Top-level folders of generated files (as .gitignore lists them): builds, caches, reports. */
const GENERATED = /^(dist|dist-[^/]*|\.cache|reports|test-results|playwright-report)(\/|$)/;

/**
 * Whether `astro dev` leaves a file unwatched: thousands of built pages, drawn images and
 * test reports never change what the preview shows, and watching them slows its start.
 * The content folder is watched wherever it is (the bench's sits in .cache).
 */
function generatedFile(root: string, file: string): boolean {
  const inContent =
    (file + path.sep).startsWith(contentDir + path.sep) || contentDir.startsWith(file + path.sep);
  return !inContent && GENERATED.test(path.relative(root, file).split(path.sep).join('/'));
}

/** When Astro last wrote its content store in `astro dev` (it reloads every open tab then). */
function storeWrittenAt(root: string): number | undefined {
  return statSync(path.join(root, '.astro', 'data-store.json'), { throwIfNoEntry: false })?.mtimeMs;
}

export function contentModel(): ContentModelIntegration {
  let read: { model: ContentModel; sources: Map<string, ContentSource> } | undefined;
  let refreshContent: ((options: RefreshContentOptions) => Promise<void>) | undefined;
  /** The model module's text, made once per model: 3 MB at 1,000 postings. */
  let modelText: string | undefined;
  /** `astro dev`: the files as last parsed and checked, so a save re-reads only what changed. */
  let cache: ReadCache | undefined;
  /** `astro dev`: the problems of the content as last saved; the preview shows them instead of pages. */
  let devProblems: ContentProblem[] = [];
  /** The project's root, from Astro's config. */
  let root = process.cwd();
  const readNow = (root: string) => {
    const settings = readSettings();
    return readContentModel({
      contentDir,
      publicDir: path.join(root, 'public'),
      root,
      today: buildDay(),
      missingTranslation: settings.missingTranslation,
      payTransparency: settings.payTransparency,
      cache,
    });
  };
  const report = (model: ContentModel, logger: AstroIntegrationLogger, outcome: string) => {
    for (const problem of model.problems) logger.error(formatProblem(problem));
    const count = model.problems.length;
    logger.error(
      `The content has ${count} problem${count === 1 ? '' : 's'} (listed above): ${outcome}.`,
    );
  };

  const plugin: Plugin = {
    name: 'careers:content-model',
    resolveId: (id) => (id === MODULES.model || id === MODULES.sources ? `\0${id}` : undefined),
    load(id) {
      if (!read) return undefined;
      if (id === `\0${MODULES.model}`)
        return `export default ${(modelText ??= uneval(read.model))};`;
      if (id === `\0${MODULES.sources}`) return `export default ${uneval(read.sources)};`;
      return undefined;
    },
  };

  const integration: AstroIntegration = {
    name: 'careers:content-model',
    hooks: {
      'astro:server:setup': ({ refreshContent: refresh }) => {
        refreshContent = refresh;
        if (!refresh) return;
        setStoreWriter(async () => {
          // Astro skips a sync while it reloads its content config (after every saved
          // .mdx): ask again until the store is written, or until its own delayed write is due.
          const before = storeWrittenAt(root);
          const due = Date.now() + 500;
          while (Date.now() < due) {
            await refresh({ loaders: [NO_LOADER] });
            if (storeWrittenAt(root) !== before) return;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        });
      },
      'astro:config:setup': ({ command, config, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        if (command === 'dev') cache = createReadCache();
        read = readNow(root);
        const { model } = read;
        if (model.problems.length > 0) {
          report(
            model,
            logger,
            command === 'dev' ? 'the preview lists them until they are fixed' : 'nothing was built',
          );
          // A build stops here, quietly: the lines say all there is to say.
          if (command !== 'dev') process.exit(1);
          devProblems = model.problems;
        }
        // One line each, and the build goes on (PAY_TRANSPARENCY=require makes them problems above).
        for (const warning of model.warnings) logger.warn(formatProblem(warning));
        for (const { id, datePosted } of model.scheduled)
          logger.info(`postings/${id} is scheduled for ${datePosted}: not published by this build`);
        updateConfig({
          vite: {
            server: { watch: { ignored: (file: string) => generatedFile(root, file) } },
            plugins: [
              plugin,
              {
                name: 'careers:content-model-reload',
                configureServer(server) {
                  // Pages are the problems page while there are problems; the editor still opens.
                  server.middlewares.use((request, response, next) => {
                    const wantsPage = (request.headers.accept ?? '').includes('text/html');
                    if (
                      devProblems.length === 0 ||
                      !wantsPage ||
                      request.url?.startsWith(ADMIN_PATH)
                    )
                      return next();
                    response.statusCode = 500;
                    response.setHeader('Content-Type', 'text/html; charset=utf-8');
                    response.end(problemsPage(devProblems));
                  });
                  // A saved file: read the content again; the pages reload with the new model.
                  const invalidate = (ids: string[]) => {
                    for (const environment of Object.values(server.environments)) {
                      for (const id of ids) {
                        const module = environment.moduleGraph.getModuleById(`\0${id}`);
                        if (module) environment.moduleGraph.invalidateModule(module);
                      }
                    }
                  };
                  const reload = () => {
                    const next = readNow(root);
                    const hadProblems = devProblems.length > 0;
                    devProblems = next.model.problems;
                    if (next.model.problems.length > 0) {
                      report(next.model, logger, 'the preview lists them until they are fixed');
                      return server.ws.send({ type: 'full-reload' });
                    }
                    const onlyBodies = !hadProblems && isDeepStrictEqual(next.model, read?.model);
                    read = next;
                    if (onlyBodies) {
                      // Nothing the pages import changed. A posting's saved text is rendered
                      // into the collection's store by its loader (loaders.ts), and Astro
                      // reloads the tab once the store is written; an MDX page is a module
                      // Vite reloads itself. The bodies module is only marked stale, for the
                      // next time the loaders run.
                      invalidate([MODULES.sources]);
                      return;
                    }
                    modelText = undefined;
                    for (const warning of next.model.warnings) logger.warn(formatProblem(warning));
                    // The collections' entries come from the model: the loaders fill them from
                    // the new one (a new or newly valid posting has none yet). The pages get the
                    // new model only once its entries are in the store. Astro reloads the tabs
                    // whenever it writes its store, which can be before the loaders are done, and
                    // a tab with the new model and the old store lists a posting that cannot open.
                    let loadersLeft = COLLECTIONS.length;
                    let storeBefore: number | undefined;
                    const content: RefreshedContent = {
                      ...next,
                      loaded: () => {
                        if (--loadersLeft > 0) return;
                        storeBefore = storeWrittenAt(root);
                        invalidate(Object.values(MODULES));
                      },
                    };
                    void refreshUntilLoaded(content, () => loadersLeft < COLLECTIONS.length)
                      .catch((error: unknown) => logger.error(String(error)))
                      .finally(() => {
                        // Astro's sync ends once the store is on disk. When the loaders changed
                        // nothing in it (or did not finish), Astro reloaded no tab: reload them here.
                        if (loadersLeft > 0) invalidate(Object.values(MODULES));
                        if (loadersLeft > 0 || storeWrittenAt(root) === storeBefore)
                          server.ws.send({ type: 'full-reload' });
                      });
                  };
                  /**
                   * Runs the loaders with `content`. Astro skips a refresh while it reloads its
                   * content config, which it does on every saved .mdx or .yaml file, so a save
                   * can arrive while it is still busy: ask again until the loaders have run.
                   */
                  const refreshUntilLoaded = async (
                    content: RefreshedContent,
                    ran: () => boolean,
                  ) => {
                    const deadline = Date.now() + 30_000;
                    for (;;) {
                      await refreshContent?.({
                        loaders: COLLECTIONS.map(loaderName),
                        context: { [REFRESHED_CONTENT]: content },
                      });
                      if (ran() || !refreshContent || Date.now() > deadline) return;
                      await new Promise((resolve) => setTimeout(resolve, 200));
                    }
                  };
                  server.watcher.add(contentDir);
                  // An editor's save can arrive as several events (truncate, then write), and
                  // the first may see an empty file: read once the saving has settled.
                  let settling: NodeJS.Timeout | undefined;
                  const changed = (file: string) => {
                    if (!file.startsWith(contentDir + path.sep)) return;
                    clearTimeout(settling);
                    settling = setTimeout(reload, 150);
                  };
                  server.watcher.on('change', changed).on('add', changed).on('unlink', changed);
                },
              },
            ],
          },
        });
      },
    },
  };
  return {
    integration,
    model() {
      if (!read) throw new Error('the content model is read in astro:config:setup');
      return read.model;
    },
  };
}

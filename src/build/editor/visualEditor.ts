import type { AstroIntegrationLogger } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stringify } from 'yaml';
import { editorOutDir, readSettings } from '../../settings.ts';
import type { ContentModel } from '../../content/model.ts';
import { editorHeadersFile, editorStaticWebAppConfig } from '../hosting/hostConfigs.ts';
import { ADMIN_PATH, robotsTxt } from '../hosting/policy.ts';
import { builtPage } from '../builtPages.ts';
import { PREVIEW_STYLE_META } from './browser/previewTemplates.ts';
import { decapConfig, type ContentChoices, type DecapBackend } from './decapConfig.ts';
import { editorBackend, editorConnectSources } from './editorBackend.ts';
import { EDITOR_MAIN, EDITOR_SCRIPTS_DIR, editorScriptFiles } from './editorScripts.ts';

/** Team ids and benefit pages: the choices the editor offers for `team` and `benefits`. */
function contentChoices(model: ContentModel): ContentChoices {
  return {
    teams: model.teams.map((team) => team.id),
    benefits: model.pages
      .filter((page) => page.kind === 'benefit')
      .map((page) => page.id)
      .sort(),
  };
}

/** Where Decap's prebuilt bundle lives in node_modules. */
export const decapDist = () =>
  path.join(path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')), 'dist');

/** The bundle, the chunks it loads from beside itself, and its licence notice. */
export const isDecapFile = (name: string) =>
  /^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name);

/** The editor's config.yml, generated from the schemas and the content's choices. */
export function editorConfigYaml(
  content: ContentModel,
  backend: DecapBackend,
  siteUrl: string,
): string {
  return `# Generated from src/content/schemas.ts by the build (src/build/editor/decapConfig.ts). Do not edit.\n${stringify(
    decapConfig({ backend, siteUrl, choices: contentChoices(content) }),
  )}`;
}

/**
 * The editor's one page, at `base`. Its script (editor/main.js, beside config.yml and
 * Decap's bundle, which it loads) registers the site's additions and starts Decap;
 * `previewStyles` are the site's stylesheets, for the preview pane.
 */
export const editorPage = (base: string, previewStyles: readonly string[]) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>Content editor · Careers at ING</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
${previewStyles.map((href) => `    <meta name="${PREVIEW_STYLE_META}" content="${href}">\n`).join('')}  </head>
  <body>
    <script type="module" src="${base}${EDITOR_MAIN}"></script>
  </body>
</html>
`;

/**
 * The site's CSS as the pages carry it: inline in each page's <head> (the first round trip
 * brings a page with its styles), every distinct block once, in the order pages give them.
 * The editor's preview pane loads it as a file of the editor's own.
 */
export function siteCss(pages: readonly string[]): string {
  const blocks = new Set<string>();
  for (const file of pages)
    for (const style of builtPage(file).head.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g))
      if (style[1]!.trim()) blocks.add(style[1]!);
  return [...blocks].join('\n');
}

/** The preview pane's stylesheet, beside the editor's page. */
export const PREVIEW_CSS = 'preview.css';

/**
 * After the build, publishes the visual editor: Decap CMS's own bundle (served from the
 * editor's origin, like everything else), a page that loads it, and its configuration
 * generated from the content schemas. Not an Astro page, so the site's CSP stays strict.
 *
 * An editor that saves to a git host (CMS_BACKEND) holds its editors' tokens, so it is a
 * site of its own beside the public one (`dist-editor/`, deployed to CMS_ORIGIN) with its
 * own host configs; the public site then has no /admin/. Only a development build's editor,
 * which saves through decap-server on this machine and holds no token, sits at /admin/.
 */
export async function publishVisualEditor(
  siteOut: string,
  pages: readonly string[],
  content: ContentModel,
  logger: AstroIntegrationLogger,
): Promise<void> {
  const settings = readSettings();
  const backend = editorBackend(settings.cms, settings.environment);
  const ownOrigin = settings.cms?.origin;
  const out = ownOrigin ? path.resolve(editorOutDir()) : path.join(siteOut, ADMIN_PATH);
  // A previous build's editor never outlives the setting that asked for it.
  rmSync(path.resolve(editorOutDir()), { recursive: true, force: true });
  if (!backend) {
    logger.info('no CMS_BACKEND: the visual editor is not published in this build');
    return;
  }
  mkdirSync(out, { recursive: true });
  const decap = decapDist();
  for (const file of readdirSync(decap).filter(isDecapFile))
    copyFileSync(path.join(decap, file), path.join(out, file));
  for (const [name, text] of await editorScriptFiles()) {
    const file = path.join(out, EDITOR_SCRIPTS_DIR, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  // The preview pane shows entries in the site's CSS, a file of the editor's (the CSS
  // refers to no font or image).
  const base = ownOrigin ? '/' : ADMIN_PATH;
  writeFileSync(path.join(out, PREVIEW_CSS), siteCss(pages));
  writeFileSync(path.join(out, 'index.html'), editorPage(base, [`${base}${PREVIEW_CSS}`]));
  const config = editorConfigYaml(content, backend, settings.siteUrl);
  writeFileSync(path.join(out, 'config.yml'), config);
  if (ownOrigin) {
    const connect = editorConnectSources(config);
    writeFileSync(path.join(out, '_headers'), editorHeadersFile(connect));
    writeFileSync(path.join(out, 'staticwebapp.config.json'), editorStaticWebAppConfig(connect));
    writeFileSync(path.join(out, 'robots.txt'), robotsTxt('editor'));
    logger.info(
      `visual editor for ${ownOrigin} in ${editorOutDir()}/, saving to ${backend.name}; the site has no ${ADMIN_PATH}`,
    );
  } else logger.info(`visual editor at ${ADMIN_PATH} saving to ${backend.name}`);
}

import type { AstroIntegrationLogger } from 'astro';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stringify } from 'yaml';
import { readSettings } from '../../settings.ts';
import type { ContentModel } from '../../content/model.ts';
import { ADMIN_PATH } from '../hosting/policy.ts';
import { decapConfig, type ContentChoices } from './decapConfig.ts';
import { editorBackend } from './editorBackend.ts';

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

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>Content editor · Careers at ING</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  </head>
  <body>
    <script src="${ADMIN_PATH}decap-cms.js"></script>
  </body>
</html>
`;

/**
 * After the build, publishes the visual editor at /admin/: Decap CMS's own bundle (served
 * from this site, like everything else), a page that loads it, and its configuration
 * generated from the content schemas. Not an Astro page, so the site's CSP stays strict.
 */
export function publishVisualEditor(
  dir: string,
  content: ContentModel,
  logger: AstroIntegrationLogger,
): void {
  const settings = readSettings();
  const backend = editorBackend(settings.cms, settings.environment);
  if (!backend) {
    logger.info('no CMS_BACKEND: the visual editor is not published in this build');
    return;
  }
  const out = path.join(dir, ADMIN_PATH);
  mkdirSync(out, { recursive: true });
  const decap = path.join(
    path.dirname(createRequire(import.meta.url).resolve('decap-cms/package.json')),
    'dist',
  );
  // The bundle, the chunks it loads from beside itself, and its licence notice.
  for (const file of readdirSync(decap).filter((name) =>
    /^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name),
  )) {
    copyFileSync(path.join(decap, file), path.join(out, file));
  }
  writeFileSync(path.join(out, 'index.html'), PAGE);
  const config = decapConfig({
    backend,
    siteUrl: settings.siteUrl,
    choices: contentChoices(content),
  });
  writeFileSync(
    path.join(out, 'config.yml'),
    `# Generated from src/content/schemas.ts by the build (src/build/editor/decapConfig.ts). Do not edit.\n${stringify(config)}`,
  );
  logger.info(`visual editor at ${ADMIN_PATH} saving to ${backend.name}`);
}

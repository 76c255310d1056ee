/**
 * The visual editor in `npm run dev`: /admin/ served by Astro's dev server from the
 * content model as it is now, saving through decap-server (`npm run cms`) like a
 * development build's, so an editor sees each save in the preview without a rebuild.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import type { ContentModel } from '../../content/model.ts';
import { readSettings } from '../../settings.ts';
import { ADMIN_PATH } from '../hosting/policy.ts';
import { editorBackend } from './editorBackend.ts';
import { EDITOR_SCRIPTS_DIR, editorScriptFile } from './editorScripts.ts';
import { decapDist, editorConfigYaml, editorPage, isDecapFile } from './visualEditor.ts';

/**
 * The site's stylesheet as the dev server compiles it (Tailwind included) when a
 * `<link rel="stylesheet">` asks for it: the one both layouts import.
 */
export const DEV_SITE_STYLESHEET = '/src/styles/global.css';

export function devEditor(content: () => ContentModel): AstroIntegration {
  return {
    name: 'careers:dev-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const settings = readSettings();
        const backend = editorBackend(undefined, 'development');
        if (!backend) return;
        server.middlewares.use((request, response, next) => {
          const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
          if (!pathname.startsWith(ADMIN_PATH)) return next();
          const name = pathname.slice(ADMIN_PATH.length);
          if (name === '' || name === 'index.html') {
            response.setHeader('Content-Type', 'text/html; charset=utf-8');
            return response.end(editorPage(ADMIN_PATH, [DEV_SITE_STYLESHEET]));
          }
          if (name === 'config.yml') {
            response.setHeader('Content-Type', 'text/yaml; charset=utf-8');
            // Read at each request: teams and benefit pages added since start are offered.
            return response.end(editorConfigYaml(content(), backend, settings.siteUrl));
          }
          if (name.startsWith(EDITOR_SCRIPTS_DIR)) {
            editorScriptFile(name.slice(EDITOR_SCRIPTS_DIR.length)).then((script) => {
              if (script === undefined) return next();
              response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
              response.end(script);
            }, next);
            return;
          }
          const file = path.join(decapDist(), name);
          if (!isDecapFile(name) || !existsSync(file)) return next();
          response.setHeader(
            'Content-Type',
            name.endsWith('.wasm') ? 'application/wasm' : 'text/javascript; charset=utf-8',
          );
          createReadStream(file).pipe(response);
        });
      },
    },
  };
}

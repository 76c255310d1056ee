/**
 * Writes the host configs for one environment into a built site: by the build for its
 * own environment, and again at deploy time when an artefact moves between environments.
 */
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { LOCALES } from '../../i18n/config.ts';
import { collectCspHashes } from './cspHashes.ts';
import {
  DEFAULT_PAGES_HOST,
  headersFile,
  redirectsFile,
  staticWebAppConfig,
  type Hashes,
  type PagesHost,
} from './hostConfigs.ts';
import { ADMIN_PATH, ENVIRONMENT_FILES, type HostEnvironment } from './policy.ts';
import { editorConnectSources as connectSourcesOf } from '../editor/editorBackend.ts';

/**
 * What the host configs depend on in a build: CSP hashes and form targets, the editor if any, the top-level entries.
 * `pages` (the build's list of the pages it wrote) spares a walk of the whole output, search fragments and OG images included.
 */
export function siteFacts(out: string, pages?: readonly string[]): Hashes {
  const adminConnect = editorConnectSources(out);
  return {
    ...collectCspHashes(out, pages),
    ...(adminConnect ? { adminConnect } : {}),
    topLevel: readdirSync(out, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? `${entry.name}/` : entry.name,
    ),
  };
}

/**
 * Azure's `staticwebapp.config.json`, and `_headers` and `_redirects` for one of the hosts
 * that read those names (`pagesHost`: Cloudflare Pages unless Netlify is named).
 */
export function writeHostConfigs(
  out: string,
  environment: HostEnvironment,
  {
    pages,
    pagesHost = DEFAULT_PAGES_HOST,
  }: { pages?: readonly string[]; pagesHost?: PagesHost } = {},
): Hashes {
  const hashes = siteFacts(out, pages);
  writeFileSync(path.join(out, '_headers'), headersFile(hashes, environment, pagesHost));
  writeFileSync(path.join(out, '_redirects'), redirectsFile(environment, pagesHost));
  writeFileSync(
    path.join(out, 'staticwebapp.config.json'),
    staticWebAppConfig(hashes, environment),
  );
  return hashes;
}

/** The files the environment rewrites point at, and each locale's 404.html for hosts that look for the nearest one (Cloudflare Pages). */
export function writeHostFiles(out: string): void {
  for (const [file, body] of Object.entries(ENVIRONMENT_FILES)) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), body);
  }
  for (const locale of LOCALES) {
    const page = path.join(out, locale, '404', 'index.html');
    if (existsSync(page)) copyFileSync(page, path.join(out, locale, '404.html'));
  }
}

/** Only a production build carries the hidden banner and no noindex, so only it can serve every environment. */
export function assertPromotable(out: string): void {
  const home = path.join(out, 'index.html');
  if (!existsSync(home))
    throw new Error(
      `${out}: no built site here (index.html is missing); run DEPLOY_ENV=production SITE_URL=… npm run build first`,
    );
  if (!readFileSync(home, 'utf8').includes('data-environment-banner')) {
    throw new Error(
      `${out}: this site was not built with DEPLOY_ENV=production, so it cannot be deployed to another environment; build once with DEPLOY_ENV=production and deploy that artefact everywhere`,
    );
  }
}

/** The origins the built visual editor saves to, read from its config; undefined when the build has no editor. */
function editorConnectSources(out: string): string[] | undefined {
  const config = path.join(out, ADMIN_PATH, 'config.yml');
  return existsSync(config) ? connectSourcesOf(readFileSync(config, 'utf8')) : undefined;
}

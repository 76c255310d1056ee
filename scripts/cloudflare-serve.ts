/**
 * Serves a built site with Cloudflare's own runtime (`wrangler pages dev`, workerd) and the
 * generated `_headers` and `_redirects`, in the foreground:
 * `node scripts/cloudflare-serve.ts [--dir dist-production] [--port 4432] [--inspector-port 4442] [--env production|integration|editor] [--work reports/hosts/cloudflare-production]`.
 * Used by the hosting tests. Offline: no metrics, no update check (it comes with the
 * banner), no download of the `Request.cf` sample, and a compatibility date the bundled
 * runtime supports (a newer one makes wrangler look for a newer release).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { packageBin, runHost, servedKind, stageSite } from './lib/hostRuntime.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist-production' },
    port: { type: 'string', default: '4432' },
    'inspector-port': { type: 'string', default: '4442' },
    env: { type: 'string', default: 'production' },
    work: { type: 'string' },
  },
});
const environment = servedKind(values.env);

/** The release date of the workerd that wrangler runs (its version is 1.YYYYMMDD.n): the newest date it supports. */
function runtimeDate(): string {
  const wrangler = createRequire(import.meta.url).resolve('wrangler/package.json');
  const workerd = createRequire(wrangler).resolve('workerd/package.json');
  const { version } = JSON.parse(readFileSync(workerd, 'utf8')) as { version: string };
  const day = /^\d+\.(\d{4})(\d{2})(\d{2})\./.exec(version);
  if (!day) throw new Error(`workerd ${version}: no release date in its version`);
  return `${day[1]}-${day[2]}-${day[3]}`;
}

const stage = stageSite(
  values.dir,
  values.work ?? `reports/hosts/cloudflare-${environment}`,
  environment,
  'cloudflare',
);
// Run from an empty folder: wrangler reads its config, `functions/` and `.env` from there.
runHost(
  stage,
  packageBin('wrangler', 'wrangler'),
  [
    'pages',
    'dev',
    stage.site,
    '--ip',
    '127.0.0.1',
    '--port',
    values.port,
    '--inspector-port',
    values['inspector-port'],
    '--compatibility-date',
    runtimeDate(),
    '--persist-to',
    path.join(stage.cwd, 'state'),
    '--show-interactive-dev-session=false',
  ],
  {
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    WRANGLER_HIDE_BANNER: 'true',
    WRANGLER_WRITE_LOGS: 'false',
    WRANGLER_NO_SKILLS_UPDATE_PROMPTS: 'true',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
  },
);
console.log(
  `wrangler pages dev serving ${stage.site} for ${environment} at http://127.0.0.1:${values.port}/`,
);

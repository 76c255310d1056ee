/**
 * Serves a built site with Azure Static Web Apps' own emulator (the SWA CLI) and the
 * generated `staticwebapp.config.json`, in the foreground:
 * `node scripts/azure-serve.ts [--dir dist-production] [--port 4430] [--env production|integration|editor] [--work reports/hosts/azure-production]`.
 * Used by the hosting tests. Offline: the CLI's only call out, its update check, is off.
 */
import { parseArgs } from 'node:util';
import { packageBin, runHost, servedKind, stageSite } from './lib/hostRuntime.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist-production' },
    port: { type: 'string', default: '4430' },
    env: { type: 'string', default: 'production' },
    work: { type: 'string' },
  },
});
const environment = servedKind(values.env);
const stage = stageSite(
  values.dir,
  values.work ?? `reports/hosts/azure-${environment}`,
  environment,
);
// Run from an empty folder: the CLI reads `.env`, `swa-cli.config.json` and GitHub
// workflows from where it starts.
runHost(
  stage,
  packageBin('@azure/static-web-apps-cli', 'swa'),
  [
    'start',
    stage.site,
    '--swa-config-location',
    stage.site,
    '--host',
    '127.0.0.1',
    '--port',
    values.port,
  ],
  { SWA_CLI_OPEN_BROWSER: 'false' },
);
console.log(
  `Azure SWA emulator serving ${stage.site} for ${environment} at http://127.0.0.1:${values.port}/`,
);

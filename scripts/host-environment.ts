/**
 * The deploy step of build-once promotion: rewrites a production build's host configs
 * (`_headers`, `_redirects`, `staticwebapp.config.json`) for the environment it is being
 * deployed to, and touches nothing else:
 * `npm run hosting:environment -- --env integration --dir dist [--host cloudflare|netlify]`.
 * `--host` picks whose dialect `_headers` and `_redirects` are written in (both hosts read
 * files of those names); Cloudflare Pages' unless Netlify is named. Azure's file is always written.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { assertPromotable, writeHostConfigs } from '../src/build/hosting/writeHostConfigs.ts';
import { DEFAULT_PAGES_HOST, PAGES_HOSTS } from '../src/build/hosting/hostConfigs.ts';
import { hostEnvironment } from './lib/hostEnvironment.ts';

const { values } = parseArgs({
  options: {
    env: { type: 'string' },
    dir: { type: 'string', default: 'dist' },
    host: { type: 'string', default: DEFAULT_PAGES_HOST },
  },
});
try {
  const environment = hostEnvironment(values.env);
  const pagesHost = PAGES_HOSTS.find((host) => host === values.host);
  if (!pagesHost)
    throw new Error(`--host: expected one of ${PAGES_HOSTS.join(', ')}, got "${values.host}"`);
  const out = path.resolve(values.dir);
  assertPromotable(out);
  writeHostConfigs(out, environment, { pagesHost });
  console.log(
    `${values.dir}: host configs now serve ${environment} (_headers and _redirects for ${pagesHost})`,
  );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

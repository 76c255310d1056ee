/**
 * The deploy step of build-once promotion: rewrites a production build's host configs
 * (`_headers`, `_redirects`, `staticwebapp.config.json`) for the environment it is being
 * deployed to, and touches nothing else:
 * `npm run hosting:environment -- --env integration --dir dist`.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { assertPromotable, writeHostConfigs } from '../src/build/hosting/writeHostConfigs.ts';
import { hostEnvironment } from './lib/hostEnvironment.ts';

const { values } = parseArgs({
  options: { env: { type: 'string' }, dir: { type: 'string', default: 'dist' } },
});
try {
  const environment = hostEnvironment(values.env);
  const out = path.resolve(values.dir);
  assertPromotable(out);
  writeHostConfigs(out, environment);
  console.log(`${values.dir}: host configs now serve ${environment}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/**
 * Prints the nginx configuration for a built site:
 * `npm run hosting:nginx -- --root /srv/careers/dist --listen 8080 [--env integration] > careers-nginx.conf`
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { siteFacts } from '../src/build/hosting/writeHostConfigs.ts';
import { nginxConfig } from '../src/build/hosting/hostConfigs.ts';
import { hostEnvironment } from './lib/hostEnvironment.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: 'dist' },
    listen: { type: 'string', default: '8080' },
    temp: { type: 'string' },
    env: { type: 'string', default: 'production' },
  },
});
const root = path.resolve(values.root);
process.stdout.write(
  nginxConfig(siteFacts(root), {
    root,
    listen: values.listen,
    environment: hostEnvironment(values.env),
    ...(values.temp ? { temp: values.temp } : {}),
  }),
);

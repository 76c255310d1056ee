/**
 * Prints the nginx configuration for a built site:
 * `npm run hosting:nginx -- --root /srv/careers/dist --listen 8080 > careers-nginx.conf`
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { collectCspHashes } from '../src/hosting/cspHashes.ts';
import { nginxConfig } from '../src/hosting/hostConfigs.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: 'dist' }, listen: { type: 'string', default: '8080' }, temp: { type: 'string' } } });
const root = path.resolve(values.root);
process.stdout.write(nginxConfig(collectCspHashes(root), { root, listen: values.listen, ...(values.temp ? { temp: values.temp } : {}) }));

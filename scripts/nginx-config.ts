/**
 * Prints the nginx configuration for a built site:
 * `npm run hosting:nginx -- --root /srv/careers/dist --listen 8080 [--env integration] > careers-nginx.conf`,
 * or with TLS on `--listen` and plain http on `--http-listen` redirecting to it:
 * `npm run hosting:nginx -- --root /srv/careers/dist --listen 443 --http-listen 80 --tls-cert fullchain.pem --tls-key privkey.pem`
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
    'http-listen': { type: 'string' },
    'tls-cert': { type: 'string' },
    'tls-key': { type: 'string' },
  },
});
const tlsOptions = [values['http-listen'], values['tls-cert'], values['tls-key']];
if (tlsOptions.some(Boolean) && !tlsOptions.every(Boolean)) {
  console.error('--http-listen, --tls-cert and --tls-key: TLS needs all three');
  process.exit(1);
}
const root = path.resolve(values.root);
process.stdout.write(
  nginxConfig(siteFacts(root), {
    root,
    listen: values.listen,
    environment: hostEnvironment(values.env),
    ...(values.temp ? { temp: values.temp } : {}),
    ...(values['tls-cert'] && values['tls-key'] && values['http-listen']
      ? {
          tls: {
            certificate: path.resolve(values['tls-cert']),
            key: path.resolve(values['tls-key']),
            httpListen: values['http-listen'],
            httpsPort: Number(/(\d+)$/.exec(values.listen)?.[1] ?? 443),
          },
        }
      : {}),
  }),
);

/**
 * Serves the production build: `node scripts/serve.ts [--dir dist] [--port 4321]`.
 */
import { parseArgs } from 'node:util';
import { createSiteServer, listen } from './lib/staticServer.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env.CAREERS_OUT_DIR || 'dist' },
    port: { type: 'string', default: process.env.PORT ?? '4321' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const server = createSiteServer({ dir: values.dir });
const url = await listen(server, Number(values.port), values.host);
console.log(`Serving ${values.dir} at ${url} (Ctrl+C to stop)`);
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => server.close(() => process.exit(0)));

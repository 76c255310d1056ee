/**
 * Serves a built site the way the production hosts are configured to: `/` redirects by
 * Accept-Language (302, Vary), unknown URLs get the 404 page of their locale with status
 * 404. Used by `npm start` and by the end-to-end tests.
 */
import http from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sirv from 'sirv';
import { negotiateLocale, parseAcceptLanguage } from '../../src/i18n/config.ts';
import { builtLocales } from './builtLocales.ts';

export interface ServerOptions {
  dir: string;
  port: number;
  host?: string;
}

function notFoundPageFor(dir: string, pathname: string, locales: readonly string[]): string {
  const first = pathname.split('/').filter(Boolean)[0] ?? '';
  const localized = locales.includes(first)
    ? path.join(dir, first, '404', 'index.html')
    : undefined;
  return localized && existsSync(localized) ? localized : path.join(dir, '404.html');
}

export function createSiteServer({ dir }: Pick<ServerOptions, 'dir'>): http.Server {
  const root = path.resolve(dir);
  if (!existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built site in ${root}: run "npm run build" first.`);
  }
  const locales = builtLocales(root);
  const files = sirv(root, { dev: false, etag: true, dotfiles: false, extensions: ['html'] });
  return http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      const locale = negotiateLocale(
        parseAcceptLanguage(request.headers['accept-language']),
        locales,
      );
      response.writeHead(302, {
        Location: `/${locale}/${url.search}`,
        Vary: 'Accept-Language',
        'Cache-Control': 'no-cache',
      });
      response.end();
      return;
    }
    files(request, response, () => {
      const body = readFileSync(notFoundPageFor(root, url.pathname, locales));
      response.writeHead(404, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    });
  });
}

/** Resolves to the server's origin; port 0 lets the system choose a free port, which the origin then names. */
export function listen(server: http.Server, port: number, host = '127.0.0.1'): Promise<string> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actual = typeof address === 'object' && address ? address.port : port;
      resolve(`http://${host === '127.0.0.1' ? 'localhost' : host}:${actual}/`);
    });
  });
}

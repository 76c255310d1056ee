import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
/**
 * The URLs of a built site, read from its sitemap (what search engines see), rebased
 * on the test server's origin.
 */
export async function sitemapUrls(origin: string): Promise<string[]> {
  const urls = (await sitemapFiles(origin)).flatMap(({ xml }) =>
    [...xml.matchAll(/<url><loc>([^<]+)<\/loc>/g)].map((m) => rebase(m[1] ?? '', origin)),
  );
  if (urls.length === 0) throw new Error(`The sitemap of ${origin} lists no URL`);
  return urls;
}

/** Each sitemap that sitemap-index.xml points to, as served: its URL (on the test server) and its XML. */
export async function sitemapFiles(origin: string): Promise<{ url: string; xml: string }[]> {
  const index = await xmlAt(`${origin}/sitemap-index.xml`);
  const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) =>
    rebase(m[1] ?? '', origin),
  );
  if (sitemaps.length === 0) throw new Error(`The sitemap index of ${origin} lists no sitemap`);
  return Promise.all(sitemaps.map(async (url) => ({ url, xml: await xmlAt(url) })));
}

async function xmlAt(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

export function rebase(url: string, origin: string): string {
  const parsed = new URL(url);
  return new URL(parsed.pathname + parsed.search, origin).href;
}

/**
 * The paths of a built site from the sitemap files on disk. Playwright declares tests
 * before servers start, so per-page tests are listed from here.
 */
export function sitemapPathsOnDisk(outDir = 'dist'): string[] {
  const dir = path.resolve(outDir);
  const files = readdirSync(dir).filter((name) => /^sitemap-\d+\.xml$/.test(name));
  const paths = files.flatMap((name) =>
    [...readFileSync(path.join(dir, name), 'utf8').matchAll(/<url><loc>([^<]+)<\/loc>/g)].map(
      (m) => new URL(m[1] ?? '').pathname,
    ),
  );
  if (paths.length === 0)
    throw new Error(`No sitemap in ${dir}: build the site first (npm run build).`);
  return paths;
}

/**
 * @astrojs/sitemap only pairs pages whose paths are identical across locales; ours are
 * localized (/en/jobs/ ↔ /es/empleos/). Each built page already declares its alternates
 * and its robots policy in <head>, so the sitemap reads them back from the HTML:
 * one source of truth, no second route table.
 */
import path from 'node:path';
import type { SitemapOptions } from '@astrojs/sitemap';
import { outDir } from '../settings.ts';
import { builtPage } from './builtPages.ts';

const OUT_DIR = path.resolve(outDir());

/** What the sitemap needs of a page (<html> and its <link>s) is all in its <head>. */
function htmlOf(url: string): string | undefined {
  const { pathname } = new URL(url);
  try {
    return builtPage(path.join(OUT_DIR, decodeURIComponent(pathname), 'index.html')).head;
  } catch {
    return undefined;
  }
}

export function alternatesIn(html: string): { lang: string; url: string }[] {
  const links = html.match(/<link\b[^>]*\brel="alternate"[^>]*>/g) ?? [];
  return links.flatMap((tag) => {
    const lang = /\bhreflang="([^"]+)"/.exec(tag)?.[1];
    const url = /\bhref="([^"]+)"/.exec(tag)?.[1];
    return lang && url && lang !== 'x-default' ? [{ lang, url }] : [];
  });
}

/**
 * Pages that must stay out of search (closed postings, 404s) say so on <html>; the
 * robots meta alone cannot tell them apart, because every page of a non-production
 * build is noindex too and those builds still need a sitemap for the test crawl.
 */
export function isExcludedFromSitemap(html: string): boolean {
  return /<html\b[^>]*\bdata-sitemap="exclude"/.test(html);
}

/** The page's content date, which the layout writes on <html data-lastmod>. */
export function lastmodIn(html: string): string | undefined {
  return /<html\b[^>]*\bdata-lastmod="([^"]+)"/.exec(html)?.[1];
}

export function sitemapOptions(): SitemapOptions {
  // Both read the page through builtPage, which reads each file once for the build.
  return {
    filter: (page) => {
      const html = htmlOf(page);
      return html !== undefined && !isExcludedFromSitemap(html);
    },
    serialize: (item) => {
      const html = htmlOf(item.url);
      const links = html ? alternatesIn(html) : [];
      const lastmod = html ? lastmodIn(html) : undefined;
      return { ...item, ...(links.length > 0 ? { links } : {}), ...(lastmod ? { lastmod } : {}) };
    },
  };
}

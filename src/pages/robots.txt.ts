import type { APIRoute } from 'astro';
import { DEPLOY_ENV } from 'astro:env/server';

/** Production invites crawlers to the sitemap; every other environment keeps them out. */
export const GET: APIRoute = ({ site, url }) => {
  const sitemap = new URL('/sitemap-index.xml', site ?? url.origin).href;
  const body = DEPLOY_ENV === 'production' ? `User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n` : `# ${DEPLOY_ENV}: not for search engines\nUser-agent: *\nDisallow: /\n`;
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};

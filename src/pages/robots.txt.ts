import type { APIRoute } from 'astro';
import { DEPLOY_ENV } from 'astro:env/server';
import { robotsTxt } from '../build/hosting/policy.ts';

export const GET: APIRoute = ({ site, url }) =>
  new Response(robotsTxt(DEPLOY_ENV, new URL('/sitemap-index.xml', site ?? url.origin).href), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });

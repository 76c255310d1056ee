import type { APIRoute } from 'astro';
import { feedResponse, feedStaticPaths } from '../../lib/feeds.ts';

export const getStaticPaths = feedStaticPaths;
export const GET: APIRoute = (context) => feedResponse(context, 'json');

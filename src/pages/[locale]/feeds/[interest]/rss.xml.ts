import type { APIRoute } from 'astro';
import { feedResponse, interestFeedStaticPaths } from '../../../../lib/feeds.ts';

export const getStaticPaths = interestFeedStaticPaths;
export const GET: APIRoute = (context) => feedResponse(context, 'rss');

/**
 * One Open Graph image per page and locale, at /og/<locale>/<page>.png.
 * `astro build` draws them in worker threads (src/lib/ogImagePool.ts) while pages
 * render, so this route hands them over and generates no page itself; `astro dev` has no
 * pool and draws each image when it is requested.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { getSiteMap, type SitePage } from '../../../lib/siteMap.ts';
import { ogImageName, ogImagePath } from '../../../lib/ogPaths.ts';
import { renderOgImage } from '../../../lib/ogImage.ts';
import type { OgImageInput } from '../../../lib/ogCache.ts';
import { ogImageInput } from '../../../lib/ogImageInput.ts';
import { registeredOgImageQueue } from '../../../lib/ogImageQueue.ts';

export const getStaticPaths = (async () => {
  const { pages } = await getSiteMap();
  const queue = registeredOgImageQueue();
  if (queue) {
    for (const page of pages) queue.submit({ input: await imageInput(page), file: ogImagePath(page.locale, page.key).slice(1) });
    return [];
  }
  return pages.map((page) => ({ params: { locale: page.locale, name: ogImageName(page.key) }, props: { page } }));
}) satisfies GetStaticPaths;

async function imageInput(page: SitePage): Promise<OgImageInput> {
  switch (page.view) {
    case 'posting': {
      const { data } = page.entry;
      const team = await getEntry('teams', data.team);
      return ogImageInput(page.locale, { view: 'posting', data, teamName: team?.data.name[page.locale] ?? data.team });
    }
    case 'page':
      return ogImageInput(page.locale, { view: 'page', data: page.entry.data });
    default:
      return ogImageInput(page.locale, { view: page.view });
  }
}

export const GET: APIRoute<{ page: SitePage }> = async ({ props }) => {
  const { png } = await renderOgImage(await imageInput(props.page));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * One Open Graph image per page and locale, at /og/<locale>/<page>.png, for `astro dev`,
 * which draws each when it is requested. `astro build` draws them all from the content
 * model in worker threads (src/build/og/ogImages.ts), so this route builds nothing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteMap, type SitePage } from '../../../lib/siteMap.ts';
import { ogImageName } from '../../../lib/ogPaths.ts';
import { renderOgImage } from '../../../build/og/ogImage.ts';
import type { OgImageInput } from '../../../build/og/ogCache.ts';
import { ogImageInput } from '../../../build/og/ogImageInput.ts';

export const getStaticPaths = (async () => {
  if (!import.meta.env.DEV) return [];
  const { pages } = await getSiteMap();
  return pages.map((page) => ({
    params: { locale: page.locale, name: ogImageName(page.key) },
    props: { page },
  }));
}) satisfies GetStaticPaths;

function imageInput(page: SitePage): OgImageInput {
  switch (page.view) {
    case 'posting':
      return ogImageInput(page.locale, {
        view: 'posting',
        data: page.entry.data,
        teamName: page.teamName,
      });
    case 'page':
      return ogImageInput(page.locale, { view: 'page', data: page.entry.data });
    default:
      return ogImageInput(page.locale, { view: page.view });
  }
}

export const GET: APIRoute<{ page: SitePage }> = async ({ props }) => {
  const { png } = await renderOgImage(imageInput(props.page));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

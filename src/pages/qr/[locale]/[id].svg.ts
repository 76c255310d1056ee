/**
 * Each open posting's flyer QR code (src/components/PostingFlyer.astro), per language, as
 * the posting's address differs by language. It shows the posting's facts only (its
 * address), so it is rebuilt when the facts change, not when a body does.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteMap, type PostingPage } from '../../../lib/siteMap.ts';
import { absoluteUrl } from '../../../i18n/routes.ts';
import { flyerTarget } from '../../../lib/flyer.ts';
import { qrCodeSvg } from '../../../lib/qrCode.ts';

export const getStaticPaths = (async () => {
  const { pages, factsKey } = await getSiteMap();
  return pages
    .filter((page): page is PostingPage => page.view === 'posting' && page.open)
    .map((page) => ({
      params: { locale: page.locale, id: page.id },
      props: { page },
      cacheKey: factsKey,
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ page: PostingPage }> = async ({ props, site, url }) => {
  const { page } = props;
  const svg = await qrCodeSvg(flyerTarget(absoluteUrl(page.path, site ?? url.origin), page.id));
  return new Response(svg, { headers: { 'Content-Type': 'image/svg+xml' } });
};

/**
 * One Open Graph image per page and locale, at /og/<locale>/<page>.png; flyers use their
 * posting's. `astro build` draws them in worker threads (src/lib/ogImagePool.ts) while
 * pages render, so this route hands them over and generates no page itself; `astro dev`
 * has no pool and draws each image when it is requested.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getEntry } from 'astro:content';
import { LOCALE_INFO } from '../../../i18n/config.ts';
import { useTranslations } from '../../../i18n/translations.ts';
import { getSiteMap, type SitePage } from '../../../lib/siteMap.ts';
import { ogImageName, ogImagePath } from '../../../lib/ogPaths.ts';
import { renderOgImage, type OgImageInput } from '../../../lib/ogImage.ts';
import { registeredOgImageQueue } from '../../../lib/ogImageQueue.ts';

export const getStaticPaths = (async () => {
  const pages = (await getSiteMap()).pages.filter((page) => page.view !== 'flyer');
  const queue = registeredOgImageQueue();
  if (queue) {
    for (const page of pages) queue.submit({ input: await imageInput(page), file: ogImagePath(page.locale, page.key).slice(1) });
    return [];
  }
  return pages.map((page) => ({ params: { locale: page.locale, name: ogImageName(page.key) }, props: { page } }));
}) satisfies GetStaticPaths;

async function imageInput(page: SitePage): Promise<OgImageInput> {
  const t = useTranslations(page.locale);
  const base = { lang: LOCALE_INFO[page.locale].tag, siteName: t('site.name') };
  switch (page.view) {
    case 'posting':
    case 'flyer': {
      const data = page.entry.data;
      const team = await getEntry('teams', data.team);
      return { ...base, kicker: `${t(`employmentType.${data.employmentType}`)} · ${t(`workMode.${data.workMode}`)}`, title: data.title, subtitle: `${team?.data.name[page.locale] ?? data.team} · ${data.location.city}` };
    }
    case 'page':
      return { ...base, title: page.entry.data.title, subtitle: page.entry.data.description };
    case 'home':
      return { ...base, title: t('home.title'), subtitle: t('site.tagline') };
    case 'jobs':
      return { ...base, title: t('jobs.title'), subtitle: t('jobs.description') };
    case 'benefits':
      return { ...base, title: t('benefits.title'), subtitle: t('benefits.description') };
    case 'search':
      return { ...base, title: t('search.title'), subtitle: t('search.description') };
    case 'saved':
      return { ...base, title: t('saved.title'), subtitle: t('saved.description') };
    case 'alerts':
      return { ...base, title: t('alerts.title'), subtitle: t('alerts.description') };
  }
}

export const GET: APIRoute<{ page: SitePage }> = async ({ props }) => {
  const { png } = await renderOgImage(await imageInput(props.page));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * What each page's Open Graph image shows, from its facts alone: the OG route asks with
 * the site map's pages, and the build's warm-up (src/integrations/ogImages.ts) with the
 * content the content check has just read, before Astro has loaded any collection.
 */
import { LOCALE_INFO, LOCALES, type Locale } from '../i18n/config.ts';
import { SECTION_PAGES, type SectionPage } from '../i18n/routes.ts';
import { useTranslations } from '../i18n/translations.ts';
import type { Page, Posting } from '../content/schemas.ts';
import type { ContentRead } from '../content/validate.ts';
import type { OgImageInput } from './ogCache.ts';

export type OgImageSubject =
  | { view: SectionPage }
  | { view: 'posting'; data: Pick<Posting, 'title' | 'employmentType' | 'workMode' | 'location'>; teamName: string }
  | { view: 'page'; data: Pick<Page, 'title' | 'description'> };

export function ogImageInput(locale: Locale, subject: OgImageSubject): OgImageInput {
  const t = useTranslations(locale);
  const base = { lang: LOCALE_INFO[locale].tag, siteName: t('site.name') };
  switch (subject.view) {
    case 'posting': {
      const { data } = subject;
      return { ...base, kicker: `${t(`employmentType.${data.employmentType}`)} · ${t(`workMode.${data.workMode}`)}`, title: data.title, subtitle: `${subject.teamName} · ${data.location.city}` };
    }
    case 'page':
      return { ...base, title: subject.data.title, subtitle: subject.data.description };
    default: {
      // A section page: its own title, and its description (the home page: the site's tagline).
      const { view } = subject;
      return { ...base, title: t(`${view}.title`), subtitle: view === 'home' ? t('site.tagline') : t(`${view}.description`) };
    }
  }
}

/**
 * The images a build of this content will ask for, as far as the content alone tells:
 * every section page and every entry's language version. A translation the build fills
 * in from its source is missing here; the route asks for it and it is drawn then.
 */
export function expectedOgImageInputs(content: Pick<ContentRead, 'postings' | 'pages' | 'teams'>): OgImageInput[] {
  const teams = new Map(content.teams.map((team) => [team.id, team.name]));
  return [
    ...LOCALES.flatMap((locale) => SECTION_PAGES.map((view) => ogImageInput(locale, { view }))),
    ...content.pages.map(({ locale, data }) => ogImageInput(locale, { view: 'page', data })),
    ...content.postings.map(({ locale, data }) => ogImageInput(locale, { view: 'posting', data, teamName: teams.get(data.team)?.[locale] ?? data.team })),
  ];
}

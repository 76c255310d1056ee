/**
 * What each page's Open Graph image shows, from its facts alone. A build draws every
 * image from the content model (ogImageJobs, src/build/og/ogImages.ts); `astro dev`
 * draws one when the route is asked for it, from the same function.
 */
import { LOCALE_INFO, LOCALES, type Locale } from '../../i18n/config.ts';
import { SECTION_PAGES, type PageKey, type SectionPage } from '../../i18n/routes.ts';
import { useTranslations } from '../../i18n/translations.ts';
import type { Page, Posting } from '../../content/schemas.ts';
import type { ContentModel } from '../../content/model.ts';
import type { OgImageInput } from './ogCache.ts';
import type { OgImageJob } from './ogImageQueue.ts';
import { ogImagePath } from '../../lib/ogPaths.ts';

export type OgImageSubject =
  | { view: SectionPage }
  | {
      view: 'posting';
      data: Pick<Posting, 'title' | 'employmentType' | 'workMode' | 'location'>;
      teamName: string;
    }
  | { view: 'page'; data: Pick<Page, 'title' | 'description'> };

export function ogImageInput(locale: Locale, subject: OgImageSubject): OgImageInput {
  const t = useTranslations(locale);
  const base = { lang: LOCALE_INFO[locale].tag, siteName: t('site.name') };
  switch (subject.view) {
    case 'posting': {
      const { data } = subject;
      return {
        ...base,
        kicker: `${t(`employmentType.${data.employmentType}`)} · ${t(`workMode.${data.workMode}`)}`,
        title: data.title,
        subtitle: `${subject.teamName} · ${data.location.city}`,
      };
    }
    case 'page':
      return { ...base, title: subject.data.title, subtitle: subject.data.description };
    default: {
      // A section page: its own title, and its description (the home page: the site's tagline).
      const { view } = subject;
      return {
        ...base,
        title: t(`${view}.title`),
        subtitle: view === 'home' ? t('site.tagline') : t(`${view}.description`),
      };
    }
  }
}

/** Every page's image: each section page in each locale, and what each locale shows of each entry. */
export function ogImageJobs(content: Pick<ContentModel, 'postings' | 'pages'>): OgImageJob[] {
  const job = (locale: Locale, key: PageKey, subject: OgImageSubject): OgImageJob => ({
    input: ogImageInput(locale, subject),
    file: ogImagePath(locale, key).slice(1),
  });
  return [
    ...LOCALES.flatMap((locale) =>
      SECTION_PAGES.map((view) => job(locale, { kind: view }, { view })),
    ),
    ...content.pages.flatMap((page) =>
      page.shown.map(({ locale, version }) =>
        job(
          locale,
          { kind: page.kind === 'benefit' ? 'benefit' : 'page', id: page.id },
          { view: 'page', data: version.data },
        ),
      ),
    ),
    ...content.postings.flatMap((posting) =>
      posting.shown.map(({ locale, version }) =>
        job(
          locale,
          { kind: 'posting', id: posting.id },
          { view: 'posting', data: version.data, teamName: posting.teamName[locale] },
        ),
      ),
    ),
  ];
}

/** A posting's card, in a language: what the jobs list, the home page and related postings show. */
import type { Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/translations.ts';
import type { PostingCardData } from '../shared/jobFilterState.ts';
import { formatPayRange } from './payRange.ts';
import type { PostingPage } from './siteMap.ts';

export function postingCard(page: PostingPage, locale: Locale): PostingCardData {
  const t = useTranslations(locale);
  const { data } = page.entry;
  return {
    id: page.id,
    path: page.path,
    title: data.title,
    meta: t('posting.card', { team: page.teamName, location: data.location.city }),
    summary: data.summary,
    facts: [t(`employmentType.${data.employmentType}`), t(`workMode.${data.workMode}`)],
    ...(data.payRange ? { pay: formatPayRange(data.payRange, locale) } : {}),
    team: data.team,
    location: data.location.city,
    type: data.employmentType,
    mode: data.workMode,
  };
}

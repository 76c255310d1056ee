/**
 * Head metadata for a page, in one place: title pattern, canonical, hreflang alternates
 * (absolute, reciprocal because every page gets them from the same site map), robots.
 */
import { LOCALES, LOCALE_INFO, type Locale } from '../i18n/config.ts';
import { absoluteUrl } from '../i18n/routes.ts';

export interface HeadInput {
  locale: Locale;
  title: string;
  siteName: string;
  description: string;
  path: string;
  alternates: Partial<Record<Locale, string>>;
  site: URL | string;
  /** The page itself must not be indexed (closed posting, 404). */
  noindex: boolean;
  /** The whole build must not be indexed (any environment but production). */
  environmentNoindex: boolean;
}

export interface HeadData {
  title: string;
  description: string;
  canonical: string;
  alternates: { hreflang: string; href: string }[];
  robots: string;
  ogLocale: string;
  ogLocaleAlternates: string[];
}

export function headData(input: HeadInput): HeadData {
  const alternates = LOCALES.flatMap((locale) => {
    const path = input.alternates[locale];
    return path ? [{ hreflang: LOCALE_INFO[locale].tag, href: absoluteUrl(path, input.site) }] : [];
  });
  if (alternates.length > 0)
    alternates.push({ hreflang: 'x-default', href: absoluteUrl('/', input.site) });
  return {
    title: input.title === input.siteName ? input.title : `${input.title} | ${input.siteName}`,
    description: input.description,
    canonical: absoluteUrl(input.path, input.site),
    alternates,
    robots: input.noindex || input.environmentNoindex ? 'noindex, nofollow' : 'index, follow',
    ogLocale: LOCALE_INFO[input.locale].ogLocale,
    ogLocaleAlternates: LOCALES.filter((l) => l !== input.locale && input.alternates[l]).map(
      (l) => LOCALE_INFO[l].ogLocale,
    ),
  };
}

import { LOCALES, type Locale } from './config.ts';

/**
 * Localized path segments, so URLs read naturally in each language (every language the
 * code speaks, published or not: a missing one is a type error).
 * Every page URL is `/<locale>/<segment>/<slug>/` or `/<locale>/<slug>/`; the slugs
 * of content entries come from their frontmatter.
 */
export const SEGMENTS = {
  jobs: { en: 'jobs', es: 'empleos', fr: 'offres', nl: 'vacatures' },
  benefits: { en: 'benefits', es: 'beneficios', fr: 'avantages', nl: 'arbeidsvoorwaarden' },
  search: { en: 'search', es: 'buscar', fr: 'recherche', nl: 'zoeken' },
  saved: {
    en: 'saved-jobs',
    es: 'ofertas-guardadas',
    fr: 'offres-enregistrees',
    nl: 'opgeslagen-vacatures',
  },
  alerts: {
    en: 'job-alerts',
    es: 'alertas-de-empleo',
    fr: 'alertes-emploi',
    nl: 'vacaturealerts',
  },
  accessibility: {
    en: 'accessibility',
    es: 'accesibilidad',
    fr: 'accessibilite',
    nl: 'toegankelijkheid',
  },
} as const satisfies Record<string, Record<Locale, string>>;

/**
 * The jobs list's further pages: `/en/jobs/page/2/`. Under the list, two segments deep, so
 * no posting (one segment: `/en/jobs/<slug>/`) can take a page's address.
 */
export const LIST_PAGE_SEGMENT = {
  en: 'page',
  es: 'pagina',
  fr: 'page',
  nl: 'pagina',
} as const satisfies Record<Locale, string>;

/** Pages that exist once per locale, whatever the content: valid `<Link to>` targets too. */
export const SECTION_PAGES = [
  'home',
  'jobs',
  'benefits',
  'search',
  'saved',
  'alerts',
  'accessibility',
] as const;
export type SectionPage = (typeof SECTION_PAGES)[number];

/** What a page is, independent of language. Two pages with the same key are translations. */
export type PageKey =
  | { kind: 'home' }
  /** `page`: a page of the list after the first (the first has none). */
  | { kind: 'jobs'; page?: number }
  | { kind: 'benefits' }
  | { kind: 'search' }
  | { kind: 'saved' }
  | { kind: 'alerts' }
  | { kind: 'accessibility' }
  | { kind: 'posting'; id: string }
  | { kind: 'benefit'; id: string }
  | { kind: 'page'; id: string };

export function pageKeyToString(key: PageKey): string {
  if ('id' in key) return `${key.kind}:${key.id}`;
  return key.kind === 'jobs' && key.page !== undefined ? `jobs:${key.page}` : key.kind;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

/** Joins path parts under a locale, always with a trailing slash: `/es/empleos/x/`. */
export function localePath(locale: Locale, ...parts: string[]): string {
  for (const part of parts) {
    if (!isSlug(part)) throw new Error(`Invalid URL segment "${part}" for locale ${locale}`);
  }
  return `/${[locale, ...parts].join('/')}/`;
}

/**
 * The path of a page in a locale. `slug` is the localized slug of the content entry
 * (required for content pages, ignored otherwise).
 */
export function pathFor(locale: Locale, key: PageKey, slug?: string): string {
  switch (key.kind) {
    case 'home':
      return localePath(locale);
    case 'jobs':
      return key.page === undefined
        ? localePath(locale, SEGMENTS.jobs[locale])
        : localePath(locale, SEGMENTS.jobs[locale], LIST_PAGE_SEGMENT[locale], String(key.page));
    case 'benefits':
    case 'search':
    case 'saved':
    case 'alerts':
    case 'accessibility':
      return localePath(locale, SEGMENTS[key.kind][locale]);
    case 'posting':
      return localePath(locale, SEGMENTS.jobs[locale], requireSlug(key, slug));
    case 'benefit':
      return localePath(locale, SEGMENTS.benefits[locale], requireSlug(key, slug));
    case 'page':
      return localePath(locale, requireSlug(key, slug));
  }
}

function requireSlug(key: PageKey, slug: string | undefined): string {
  if (!slug) throw new Error(`A slug is required to build the path of ${pageKeyToString(key)}`);
  return slug;
}

/** Absolute URL on the configured site (canonical, hreflang, sitemap, feeds). */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** The locale a site path belongs to, or undefined (root pages, assets). */
export function localeOfPath(pathname: string): Locale | undefined {
  const first = pathname.split('/').filter(Boolean)[0];
  return LOCALES.find((locale) => locale === first);
}

import type { Locale } from '../i18n/config.ts';
import { pageKeyToString, type PageKey } from '../i18n/routes.ts';

/** Every Open Graph image's size, as the recommended 1.91:1 card. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

/**
 * File name of a page's Open Graph image: `posting-backend-engineer-intern`. The jobs
 * list's pages share the list's image: the same title, whichever page is shared.
 */
export function ogImageName(key: PageKey): string {
  return pageKeyToString(key.kind === 'jobs' ? { kind: 'jobs' } : key).replace(':', '-');
}

export function ogImagePath(locale: Locale, key: PageKey): string {
  return `/og/${locale}/${ogImageName(key)}.png`;
}

import type { Locale } from '../i18n/config.ts';
import { pageKeyToString, type PageKey } from '../i18n/routes.ts';

/** File name of a page's Open Graph image: `posting-backend-engineer-intern`. */
export function ogImageName(key: PageKey): string {
  return pageKeyToString(key).replace(':', '-');
}

/** A flyer shows its posting, so a link to it previews with the posting's image. */
export function ogImageKey(key: PageKey): PageKey {
  return key.kind === 'flyer' ? { kind: 'posting', id: key.id } : key;
}

export function ogImagePath(locale: Locale, key: PageKey): string {
  return `/og/${locale}/${ogImageName(ogImageKey(key))}.png`;
}

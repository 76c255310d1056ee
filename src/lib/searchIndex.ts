/**
 * Site search has one Pagefind index per language, at /pagefind/<locale>/: a visitor only
 * ever searches their language (Pagefind's own split by <html lang> did the same inside
 * one index), and a build that changed pages of one language indexes that language
 * again, not the site (src/build/search/searchIndexes.ts).
 */
import type { Locale } from '../i18n/config.ts';

export function searchBundlePath(locale: Locale): string {
  return `/pagefind/${locale}/`;
}

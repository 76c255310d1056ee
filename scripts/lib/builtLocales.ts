/**
 * The languages a built site publishes, read from the build itself (a home page per
 * language), so a server or a test of a site built with another SITE_LOCALES than this
 * process's serves and checks every one of its languages.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Locale } from '../../src/i18n/config.ts';

export function builtLocales(outDir: string): Locale[] {
  return LANGUAGES.filter((locale) => existsSync(path.join(outDir, locale, 'index.html')));
}

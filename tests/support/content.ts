/** Reads the published content the way an editor wrote it, so tests compare pages with their source. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Locale } from '../../src/i18n/config.ts';
import { entryFileName } from '../../src/content/location.ts';
import { readContentModel } from '../../src/content/model.ts';
import type { MissingTranslationPolicy } from '../../src/settings.ts';
import { FIXTURE_CONTENT_DIR } from './servers.ts';

export function frontmatter(file: string): Record<string, unknown> {
  const text = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match) throw new Error(`${file} has no frontmatter`);
  return parse(match[1] ?? '') as Record<string, unknown>;
}

export function entry(
  collection: 'postings' | 'pages',
  id: string,
  locale: Locale,
  dir = 'content',
): Record<string, unknown> {
  return frontmatter(`${dir}/${collection}/${id}/${entryFileName(locale)}`);
}

export function dataFile<T>(name: string, dir = 'content'): T {
  return parse(readFileSync(`${dir}/data/${name}`, 'utf8')) as T;
}

/** The fixture content's model as a build on `today` would read it. */
export const fixtureModel = (
  today: string,
  missingTranslation: MissingTranslationPolicy = 'error',
) =>
  readContentModel({
    contentDir: FIXTURE_CONTENT_DIR,
    publicDir: 'public',
    today,
    missingTranslation,
  }).model;

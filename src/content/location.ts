/**
 * Where content lives. `content/` by default; CAREERS_CONTENT_DIR points the build at
 * another folder, which only tests (fixtures) and the benchmark do.
 */
import path from 'node:path';
import { LOCALES } from '../i18n/config.ts';
import { isSlug } from '../i18n/routes.ts';

export const contentDir = path.resolve(process.env.CAREERS_CONTENT_DIR ?? 'content');

/**
 * `postings/backend-engineer-intern/es.mdx` → `backend-engineer-intern/es`.
 * A file named for a language the site does not know, or a folder that is not a valid
 * URL slug, stops the build here with the file's path.
 */
export function localizedEntryId(relativePath: string): string {
  const parts = relativePath.split('/');
  const fileName = parts.at(-1) ?? '';
  const folder = parts.at(-2) ?? '';
  const locale = fileName.replace(/\.mdx$/, '');
  const where = `content/${relativePath}`;
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw new Error(`${where}: the file name must be a language the site knows (${LOCALES.map((l) => `${l}.mdx`).join(', ')}), got "${fileName}"`);
  }
  if (!isSlug(folder)) {
    throw new Error(`${where}: the folder name "${folder}" is the entry's id and must be lowercase words joined by hyphens`);
  }
  return `${folder}/${locale}`;
}

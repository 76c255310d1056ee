/**
 * Where content lives. `content/` by default; CAREERS_CONTENT_DIR points the build at
 * another folder, which only tests (fixtures) and the benchmark do.
 */
import path from 'node:path';
import { LOCALES } from '../i18n/config.ts';
import { isSlug } from '../i18n/routes.ts';

export const contentDir = path.resolve(process.env.CAREERS_CONTENT_DIR ?? 'content');

/**
 * One folder per entry, one file per language: `postings/<id>/index.<locale>.mdx`. It is
 * the layout Decap CMS writes with its "multiple_files" i18n structure and `path:
 * '{{slug}}/index'`, so the visual editor and hand edits share the same files.
 */
export const ENTRY_FILE_GLOB = '*/index.*.mdx';

export function entryFileName(locale: string): string {
  return `index.${locale}.mdx`;
}

/** `content/postings/backend-engineer-intern/index.es.mdx`, as editors see it in errors. */
export function entryFile(collection: string, id: string, locale: string): string {
  return `content/${collection}/${id}/${entryFileName(locale)}`;
}

/** `index.es.mdx` → `es`; undefined for a file that is not a language version. */
export function localeOfFileName(fileName: string): string | undefined {
  return /^index\.([^.]+)\.mdx$/.exec(fileName)?.[1];
}

const fileNames = () => LOCALES.map(entryFileName).join(', ');

/**
 * `postings/backend-engineer-intern/index.es.mdx` → `backend-engineer-intern/es`.
 * A file named for a language the site does not know, or a folder that is not a valid
 * URL slug, stops the build here with the file's path.
 */
export function localizedEntryId(relativePath: string): string {
  const parts = relativePath.split('/');
  const fileName = parts.at(-1) ?? '';
  const folder = parts.at(-2) ?? '';
  const locale = localeOfFileName(fileName) ?? '';
  const where = `content/${relativePath}`;
  if (!(LOCALES as readonly string[]).includes(locale)) {
    throw new Error(`${where}: the file name must be a language the site knows (${fileNames()}), got "${fileName}"`);
  }
  if (!isSlug(folder)) {
    throw new Error(`${where}: the folder name "${folder}" is the entry's id and must be lowercase words joined by hyphens`);
  }
  return `${folder}/${locale}`;
}

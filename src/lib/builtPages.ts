/**
 * The built pages as the build's last steps read them: the search indexes (what changed)
 * read every page's bytes; the sitemap (alternates, lastmod, exclusion) and the host
 * configs (CSP hashes) read only its <head>. Each file is read once and kept until the
 * build ends (forgetBuiltPages), about 100 MB at a thousand postings; only heads are
 * decoded to text, as decoding whole pages took more time than reading them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const pages = new Map<string, Buffer>();
const heads = new Map<string, string>();

export function readBuiltPage(file: string): Buffer {
  const absolute = path.resolve(file);
  let bytes = pages.get(absolute);
  if (bytes === undefined) pages.set(absolute, (bytes = readFileSync(absolute)));
  return bytes;
}

/** The page up to its </head> (the whole page if it has none), as text. */
export function builtPageHead(file: string): string {
  const absolute = path.resolve(file);
  let head = heads.get(absolute);
  if (head === undefined) {
    const bytes = readBuiltPage(absolute);
    const end = bytes.indexOf('</head>');
    heads.set(absolute, (head = bytes.toString('utf8', 0, end === -1 ? bytes.length : end)));
  }
  return head;
}

export function forgetBuiltPages(): void {
  pages.clear();
  heads.clear();
}

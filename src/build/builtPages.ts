/**
 * The built pages as the build's last steps read them: the search indexes need to know
 * which pages changed, the sitemap (alternates, lastmod, exclusion) and the host configs
 * (CSP hashes) need each page's <head>. Each file is read once, into one reused buffer, and
 * what is kept is its head as text and a digest of its bytes: allocating, decoding and
 * keeping 3,000 whole pages (100 MB at a thousand postings) cost more than reading them.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import path from 'node:path';

/** Pagefind indexes a page that marks its content with this attribute. */
const SEARCH_BODY = 'data-pagefind-body';

export interface BuiltPage {
  /** The page up to its </head> (the whole page if it has none). */
  head: string;
  /** SHA-256 of the file's bytes. */
  digest: Buffer;
  /** Whether the search indexes it (it has a `data-pagefind-body` element). */
  searchable: boolean;
}

const pages = new Map<string, BuiltPage>();
let scratch = Buffer.allocUnsafe(1 << 20);

function readBytes(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > scratch.length) scratch = Buffer.allocUnsafe(size * 2);
    let length = 0;
    while (length < size) {
      const read = readSync(fd, scratch, length, size - length, length);
      if (read === 0) break;
      length += read;
    }
    // A view of the shared buffer: valid until the next read.
    return scratch.subarray(0, length);
  } finally {
    closeSync(fd);
  }
}

export function builtPage(file: string): BuiltPage {
  const absolute = path.resolve(file);
  let page = pages.get(absolute);
  if (page === undefined) {
    const bytes = readBytes(absolute);
    const end = bytes.indexOf('</head>');
    page = {
      head: bytes.toString('utf8', 0, end === -1 ? bytes.length : end),
      digest: createHash('sha256').update(bytes).digest(),
      searchable: bytes.includes(SEARCH_BODY),
    };
    pages.set(absolute, page);
  }
  return page;
}

export function forgetBuiltPages(): void {
  pages.clear();
}

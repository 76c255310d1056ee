/**
 * Each built page's <meta> Content-Security-Policy names the inline scripts and styles that
 * page has, and no others.
 *
 * Astro writes one list into every page: the hashes of every inline script and style of
 * the whole build, of its own island and client-directive scripts (the site has no
 * islands) and of the bundled script files (which 'self' allows already). That is 14
 * base64 digests, about 700 bytes that gzip cannot shrink, in every page's first round
 * trip. A hash whose script or style is not in the page allows nothing on it, so keeping
 * only the page's own takes no protection away; and no hash is ever added, so a script
 * Astro did not hash stays refused.
 *
 * It is a step after rendering, not a middleware: Astro's incremental build reuses a page
 * whose own modules are unchanged, and a middleware is not one of them, so its cached
 * pages would keep what an older version of this code made of them. The host configs
 * collect the hashes from the narrowed pages (./cspHashes.ts): their header policy is the
 * union of what the pages run.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const META_CSP = /(<meta http-equiv="content-security-policy" content=")([^"]*)(")/i;
/** An element's text as the browser hashes it: everything between the tags, verbatim. */
const INLINE_SCRIPT = /<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi;
const INLINE_STYLE = /<style\b[^>]*>([\s\S]*?)<\/style>/gi;

type Algorithm = 'sha256' | 'sha384' | 'sha512';

function digests(html: string, element: RegExp, algorithm: Algorithm): Set<string> {
  return new Set(
    [...html.matchAll(element)].map(([, text = '']) =>
      createHash(algorithm).update(text, 'utf8').digest('base64'),
    ),
  );
}

/** One directive with its hash sources narrowed to `inPage`; its other sources and spacing kept. */
function narrowDirective(directive: string, inPage: (algorithm: Algorithm) => Set<string>): string {
  return directive.replace(
    /\s*'(sha(?:256|384|512))-([A-Za-z0-9+/=]+)'/g,
    (source, algorithm, hash) => (inPage(algorithm as Algorithm).has(hash) ? source : ''),
  );
}

/** `html` with its <meta> CSP's script and style hashes narrowed to its own inline elements. */
export function narrowPageCsp(html: string): string {
  const meta = META_CSP.exec(html);
  if (!meta) return html;
  const inPage = (element: RegExp) => {
    const byAlgorithm = new Map<Algorithm, Set<string>>();
    return (algorithm: Algorithm) => {
      if (!byAlgorithm.has(algorithm))
        byAlgorithm.set(algorithm, digests(html, element, algorithm));
      return byAlgorithm.get(algorithm)!;
    };
  };
  const scripts = inPage(INLINE_SCRIPT);
  const styles = inPage(INLINE_STYLE);
  const policy = meta[2]!
    .split(';')
    .map((directive) => {
      const name = directive.trim().split(/\s+/)[0];
      if (name === 'script-src') return narrowDirective(directive, scripts);
      if (name === 'style-src') return narrowDirective(directive, styles);
      return directive;
    })
    .join(';');
  return (
    html.slice(0, meta.index) + meta[1] + policy + meta[3] + html.slice(meta.index + meta[0].length)
  );
}

/** Narrows each page in place; returns how many changed (a page Astro kept from the last build's output is narrowed already). */
export function narrowPageCsps(pages: readonly string[]): number {
  let changed = 0;
  for (const file of pages) {
    const html = readFileSync(file, 'utf8');
    const narrowed = narrowPageCsp(html);
    if (narrowed === html) continue;
    writeFileSync(file, narrowed);
    changed += 1;
  }
  return changed;
}

/** Small readers for built HTML, for tests that check many pages without a browser. */
export interface Alternate {
  hreflang: string;
  href: string;
}

export function alternatesOf(html: string): Alternate[] {
  return [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)].flatMap(([tag]) => {
    const hreflang = /\bhreflang="([^"]+)"/.exec(tag)?.[1];
    const href = /\bhref="([^"]+)"/.exec(tag)?.[1];
    return hreflang && href ? [{ hreflang, href: href.replaceAll('&amp;', '&') }] : [];
  });
}

export function canonicalOf(html: string): string | undefined {
  return /<link\b[^>]*\brel="canonical"[^>]*\bhref="([^"]+)"/.exec(html)?.[1];
}

export function htmlLangOf(html: string): string | undefined {
  return /<html\b[^>]*\blang="([^"]+)"/.exec(html)?.[1];
}

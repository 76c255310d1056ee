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

/**
 * Every `@type` in a page's JSON-LD blocks, nested ones included (`@graph`, the
 * organization inside a posting…), read from the HTML as a crawler reads it.
 */
export function jsonLdTypesOf(html: string): string[] {
  const types: string[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === '@type') types.push(...[inner].flat().map(String));
      else walk(inner);
    }
  };
  for (const [, json] of html.matchAll(
    /<script\b[^>]*\btype="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g,
  ))
    walk(JSON.parse(json ?? ''));
  return types;
}

/** Small readers for built HTML, for tests that check many pages without a browser. */
import { htmlToHast } from 'satteri';

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

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

/** Attributes that hold prose a reader sees or hears. */
const PROSE_ATTRIBUTES = ['title', 'alt', 'ariaLabel', 'placeholder'];
const PROSE_META =
  /^(description|og:title|og:description|og:site_name|og:image:alt|twitter:title|twitter:description|twitter:image:alt)$/;

/**
 * The prose of a built page as readers meet it: text outside code and scripts, prose
 * attributes (title, alt, aria-label, placeholder, the description and preview metas) and
 * JSON-LD strings.
 */
export function proseOf(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node, verbatim: boolean) => {
    if (node.type === 'text' && !verbatim) found.push(node.value ?? '');
    const props = node.properties ?? {};
    for (const name of PROSE_ATTRIBUTES)
      if (typeof props[name] === 'string') found.push(props[name] as string);
    if (node.tagName === 'meta' && PROSE_META.test(String(props.name ?? props.property ?? '')))
      found.push(String(props.content ?? ''));
    if (node.tagName === 'script' && props.type === 'application/ld+json')
      found.push(...jsonStrings(JSON.parse(textOf(node))));
    const inner = verbatim || ['script', 'style', 'code', 'pre'].includes(node.tagName ?? '');
    for (const child of node.children ?? []) walk(child, inner);
  };
  walk(htmlToHast(html) as Node, false);
  return found;
}

const textOf = (node: Node): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/** The strings of a JSON value that are prose: not addresses, dates, schema.org types (`@type`) or enumerations (INTERN). */
export function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string')
    return /^(https?:|mailto:|\d{4}-\d{2}-\d{2}|[A-Z][A-Z_]*$)/.test(value) ? [] : [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) =>
      key.startsWith('@') ? [] : jsonStrings(item),
    );
  return [];
}

/**
 * Accessibility and link rules for the body of an MDX file, checked with the schema:
 * headings start at level 2 (the title is the page's h1) and never skip a level; every
 * image has alt text; external links use https; internal links resolve and stay in the
 * file's language unless marked as a deliberate cross-language link (an <a> with
 * hreflang). <Link to="…"> targets must exist.
 */
import type { Locale } from '../i18n/config.ts';
import { SECTION_PAGES, localeOfPath } from '../i18n/routes.ts';
import type { ContentProblem } from './validate.ts';

export interface KnownTargets {
  /** Ids <Link to> accepts: content entry ids and the section names. */
  ids: Set<string>;
  /** Every internal path the site will publish. */
  paths: Set<string>;
}

/** Body lines outside fenced code, with their line numbers in the file. */
function proseLines(body: string, firstLine: number): { text: string; line: number }[] {
  const lines: { text: string; line: number }[] = [];
  let fenced = false;
  body.split('\n').forEach((text, index) => {
    if (/^\s*(```|~~~)/.test(text)) fenced = !fenced;
    else if (!fenced) lines.push({ text, line: firstLine + index });
  });
  return lines;
}

export interface BodyRules {
  /**
   * Postings are Markdown plus `<Link to>` (content/markdownBody.ts): another component,
   * or an import or export, would be printed as text, so it is refused here.
   */
  markdownWithLinks?: boolean;
}

export function checkBody(file: string, locale: Locale, body: string, firstLine: number, known: KnownTargets, rules: BodyRules = {}): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const at = (line: number, message: string, field = `line ${line}`) => problems.push({ file, field, message });
  let previousLevel = 1;

  for (const { text, line } of proseLines(body, firstLine)) {
    // Every rule below needs one of these (most prose lines have none): thousands of files stay quick to check.
    if (!/[#[<]/.test(text) && !/^(import|export)\s/.test(text)) continue;
    const heading = /^(#{1,6})\s+\S/.exec(text);
    if (heading) {
      const level = heading[1]!.length;
      if (level === 1) at(line, 'a "# " heading: the title is the page\'s only first-level heading; start sections with "## "');
      else if (level > previousLevel + 1) at(line, `heading level ${level} after level ${previousLevel}: headings must not skip a level`);
      previousLevel = level;
    }
    for (const image of text.matchAll(/!\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g)) {
      if (!image[1]!.trim()) at(line, `image ${image[2]} has no alt text: describe it between the brackets, ![like this](${image[2]})`);
    }
    for (const img of text.matchAll(/<img\b[^>]*>/g)) {
      if (!/\balt="[^"]+"/.test(img[0]) && !/\balt=""\s/.test(img[0])) at(line, 'image without alt text: add alt="…" describing it');
    }
    const links = [
      ...[...text.matchAll(/(?<!!)\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map((m) => ({ href: m[1]!, crossLanguage: false })),
      ...[...text.matchAll(/<a\b([^>]*)>/g)].map((m) => ({ href: /\bhref="([^"]*)"/.exec(m[1]!)?.[1] ?? '', crossLanguage: /\bhreflang="/.test(m[1]!) })),
    ];
    for (const { href, crossLanguage } of links) {
      if (/^http:\/\//i.test(href)) at(line, `link ${href} uses http: use https://`);
      else if (/^(javascript|data|vbscript):/i.test(href)) at(line, `link ${href} is not allowed`);
      else if (href.startsWith('/')) {
        const path = href.split(/[?#]/)[0]!;
        const target = path.endsWith('/') ? path : `${path}/`;
        if (!known.paths.has(target)) at(line, `link ${href} leads to no page of the site (prefer <Link to="page-id">, which follows renamed pages)`);
        else if (localeOfPath(target) !== locale && !crossLanguage) at(line, `link ${href} leaves the ${locale} site: link to the ${locale} page, or mark a deliberate cross-language link with <a hreflang="…">`);
      }
    }
    if (rules.markdownWithLinks) {
      for (const tag of text.replace(/`[^`]*`/g, '').matchAll(/<([A-Z][A-Za-z0-9]*)\b/g)) {
        if (tag[1] !== 'Link') at(line, `<${tag[1]}> cannot be used in a posting: postings are Markdown with <Link to="…">; components such as <${tag[1]}> are for the pages in content/pages`);
      }
      if (/^(import|export)\s/.test(text)) at(line, 'import and export cannot be used in a posting: postings are Markdown with <Link to="…">');
    }
    for (const link of text.matchAll(/<Link\b[^>]*\bto="([^"]*)"/g)) {
      if (!known.ids.has(link[1]!)) at(line, `<Link to="${link[1]}">: no such page (use ${[...SECTION_PAGES].join(', ')}, or a folder name under content/postings or content/pages)`);
    }
  }
  return problems;
}

/**
 * Posting bodies are Markdown with one component, `<Link to="id">text</Link>`, and are
 * turned into HTML once, by the content layer, when a file is new or changed (see
 * renderedMarkdown.ts). As MDX they became one JavaScript module per file that Vite bundled on
 * every build, changed or not: most of a rebuild's time at a thousand postings.
 *
 * A link cannot be resolved when the body is rendered (the site map does not exist yet),
 * so `<Link to="id">` becomes a Markdown link to `careers-link:id`, which the page
 * resolves in its own language (resolveContentLinks). As a Markdown link, and not as raw
 * HTML, its text keeps its Markdown, and a line that starts with one stays a paragraph
 * (CommonMark reads a line starting with `<link` as an HTML block).
 */

export const CONTENT_LINK_SCHEME = 'careers-link:';

const LINK = /<Link\s+to="([^"]*)"\s*>([\s\S]*?)<\/Link>/g;
const RESOLVABLE = new RegExp(`href="${CONTENT_LINK_SCHEME}([^"]*)"`, 'g');
const FENCE = /^\s*(```|~~~)/;

/** Escapes what would end a Markdown link's text early. */
const linkText = (text: string) => text.replace(/([[\]])/g, '\\$1');

/** Rewrites every `<Link to="id">text</Link>` outside code as `[text](careers-link:id)`. */
export function linksToMarkdown(body: string): string {
  let fenced = false;
  return body
    .split('\n')
    .map((line) => {
      if (FENCE.test(line)) {
        fenced = !fenced;
        return line;
      }
      if (fenced) return line;
      // Inline code spans sit at the odd positions of a split on backtick runs.
      return line
        .split(/(`+[^`]*`+)/)
        .map((part, index) => (index % 2 === 1 ? part : part.replace(LINK, (_, id: string, text: string) => `[${linkText(text)}](${CONTENT_LINK_SCHEME}${id})`)))
        .join('');
    })
    .join('\n');
}

/** Points each `careers-link:id` of rendered HTML at that page in the reader's language. */
export function resolveContentLinks(html: string, href: (id: string) => string): string {
  return html.replace(RESOLVABLE, (_, id: string) => `href="${href(id)}"`);
}

/**
 * What an entry's body may contain, decided on the tree the build renders (parsed by
 * satteri, Astro's own Markdown and MDX parser), never by patterns over the text:
 *
 * - Postings are Markdown with `<Link to="id">` (see markdownBody.ts) and no raw HTML.
 *   HTML is where a meta refresh, a script or an unclosed comment that hides the rest of
 *   the page would come from; Markdown says everything a posting needs.
 * - Pages are MDX with the site's own components (`<Link>`, `<BusRoutes />`) and
 *   `{/* comments *\/}`: no import, export or expression, which would run at build time.
 * - Links: https, mailto and tel, and the site's pages through `<Link to>`.
 * - Images: files of the repository's public/ folder, with alt text.
 * - Headings start at level 2 (the title is the page's h1) and never skip a level.
 *
 * Each problem names the line of the file, counted from its first line.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { markdownToMdast, mdxToMdast } from 'satteri';
import { CONTENT_LINK_SCHEME, linksToMarkdown } from './markdownBody.ts';
import type { ContentProblem } from './problems.ts';
import { SECTION_PAGES } from '../i18n/routes.ts';

/** The site's MDX components and the attributes each takes (all plain text). */
export const PAGE_COMPONENTS: Record<string, readonly string[]> = { Link: ['to'], BusRoutes: [] };

/**
 * The one HTML either kind of body may hold: a passage in another language, so screen
 * readers switch voice (`<span lang="fr">égalité des chances</span>`).
 */
const LANGUAGE_SPAN = /^<span lang="[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*">$/;
const SPAN_END = /^<\/span>$/;

export interface BodyContext {
  file: string;
  /** Line of the file where the body starts. */
  firstLine: number;
  /** Valid `<Link to>` targets: section names and the ids of published entries. */
  linkTargets: ReadonlySet<string>;
  /** Why a known id cannot be linked to yet (a scheduled posting), by id. */
  unlinkable?: ReadonlyMap<string, string>;
  /** Where images are served from: the repository's public/ folder. */
  publicDir: string;
}

interface Node {
  type: string;
  position?: { start: { line: number } };
  children?: Node[];
  value?: string;
  url?: string;
  alt?: string;
  depth?: number;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

const ALLOWED_SCHEMES = ['https:', 'mailto:', 'tel:'];

function linkProblem(url: string, context: BodyContext): string | undefined {
  if (url.startsWith(CONTENT_LINK_SCHEME)) return targetProblem(url.slice(CONTENT_LINK_SCHEME.length), context);
  const scheme = /^([a-z][a-z0-9+.-]*:)/i.exec(url)?.[1]?.toLowerCase();
  if (scheme === 'http:') return `link ${url} uses http: use https://`;
  if (scheme === 'https:') {
    try {
      new URL(url);
      return undefined;
    } catch {
      return `link ${url} is not a valid address`;
    }
  }
  if (scheme && ALLOWED_SCHEMES.includes(scheme)) return undefined;
  if (scheme) return `link ${url} is not allowed: links start with https://, mailto: or tel:`;
  return `link ${url || '(empty)'}: a page of this site is linked with <Link to="page-id">text</Link>, which follows renamed pages and the reader's language; other links start with https://`;
}

function targetProblem(id: string, context: BodyContext): string | undefined {
  const why = context.unlinkable?.get(id);
  if (why) return `<Link to="${id}">: ${why}`;
  if (context.linkTargets.has(id)) return undefined;
  return `<Link to="${id}">: no such page (use ${SECTION_PAGES.join(', ')}, or a folder name under content/postings or content/pages)`;
}

function imageProblem(url: string, context: BodyContext): string | undefined {
  if (!url.startsWith('/') || url.startsWith('//')) return `image ${url}: images come from the repository: put the file in public/images/ and write /images/<name>`;
  const publicDir = path.resolve(context.publicDir);
  const local = path.join(publicDir, decodeURIComponent(url.split(/[?#]/)[0]!));
  if (!local.startsWith(publicDir + path.sep) || !existsSync(local)) return `image ${url}: no such file in public/`;
  return undefined;
}

/** `{/* a note *\/}`: the one expression a page may hold, since it renders nothing. */
const isComment = (expression: string) => /^\s*\/\*[\s\S]*?\*\/\s*$/.test(expression) && expression.indexOf('*/') === expression.lastIndexOf('*/');

function walk(root: Node, context: BodyContext, kind: 'posting' | 'page'): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let previousLevel = 1;
  const at = (node: Node, message: string) => problems.push({ file: context.file, field: `line ${context.firstLine + (node.position?.start.line ?? 1) - 1}`, message });

  const visit = (node: Node) => {
    switch (node.type) {
      case 'heading': {
        const level = node.depth ?? 1;
        if (level === 1) at(node, 'a "# " heading: the title is the page\'s only first-level heading; start sections with "## "');
        else if (level > previousLevel + 1) at(node, `heading level ${level} after level ${previousLevel}: headings must not skip a level`);
        previousLevel = level;
        break;
      }
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url ?? '', context);
        if (problem) at(node, problem);
        break;
      }
      case 'image': {
        if (!node.alt?.trim()) at(node, `image ${node.url} has no alt text: describe it between the brackets, ![like this](${node.url})`);
        const problem = imageProblem(node.url ?? '', context);
        if (problem) at(node, problem);
        break;
      }
      case 'html': {
        const html = node.value ?? '';
        if (LANGUAGE_SPAN.test(html) || SPAN_END.test(html)) break;
        if (/^<!--/.test(html) && !html.includes('-->')) at(node, 'an HTML comment opens here and never closes ("-->"), which would hide the rest of the posting: remove it');
        else if (/^<!--[\s\S]*-->\s*$/.test(html)) at(node, 'an HTML comment: a posting has none (it would be sent to every reader); remove it');
        else if (!/^<\/[A-Za-z][\w-]*\s*>\s*$/.test(html)) {
          // A closing tag alone is the end of an element already reported at its opening.
          const tag = /^<\/?([A-Za-z][\w-]*)/.exec(html)?.[1];
          const advice = tag && /^[A-Z]/.test(tag) ? `<${tag}> is not available in a posting: postings are Markdown with <Link to="page-id">text</Link>` : 'raw HTML cannot be used in a posting: write it in Markdown';
          at(node, `${advice} (found ${JSON.stringify(html.split('\n')[0]!.slice(0, 120))})`);
        }
        break;
      }
      case 'mdxjsEsm':
        at(node, `import and export cannot be used in ${kind === 'posting' ? 'a posting' : 'a page'}: the site's components (${Object.keys(PAGE_COMPONENTS).join(', ')}) are available without importing`);
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (!isComment(node.value ?? '')) at(node, `{${(node.value ?? '').trim().slice(0, 40)}}: expressions cannot be used in a page; write the text itself (a note to other editors is {/* like this */})`);
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name === 'span' && node.attributes?.length === 1 && node.attributes[0]!.name === 'lang' && typeof node.attributes[0]!.value === 'string' && LANGUAGE_SPAN.test(`<span lang="${node.attributes[0]!.value}">`)) break;
        const allowed = PAGE_COMPONENTS[name];
        if (!allowed) {
          at(node, `<${name || '>'}${name ? '>' : ''} cannot be used in a page: the components are ${Object.keys(PAGE_COMPONENTS).map((component) => `<${component}>`).join(', ')} and <span lang="…"> for a passage in another language; everything else is written in Markdown`);
          return;
        }
        for (const attribute of node.attributes ?? []) {
          if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowed.includes(attribute.name)) {
            at(node, `<${name}>: ${attribute.name ? `the attribute ${attribute.name}` : 'a {…} attribute'} is not allowed${allowed.length ? ` (it takes ${allowed.join(', ')})` : ' (it takes none)'}`);
          } else if (typeof attribute.value !== 'string') {
            at(node, `<${name} ${attribute.name}>: write the value in quotes, ${attribute.name}="…"`);
          }
        }
        if (name === 'Link') {
          const to = node.attributes?.find((attribute) => attribute.name === 'to')?.value;
          if (to === undefined) at(node, '<Link>: needs to="page-id"');
          else if (typeof to === 'string') {
            const problem = targetProblem(to, context);
            if (problem) at(node, problem);
          }
        }
        break;
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return problems;
}

/** A posting's body: problems, and the Markdown the build renders (with `<Link>` as links). */
export function checkPostingBody(body: string, context: BodyContext): { problems: ContentProblem[]; markdown: string } {
  const markdown = linksToMarkdown(body);
  const tree = markdownToMdast(markdown, { features: { frontmatter: false } }) as Node;
  return { problems: walk(tree, context, 'posting'), markdown };
}

/** A page's MDX body; an MDX syntax error (an unclosed tag) is one problem naming its line. */
export function checkPageBody(body: string, context: BodyContext): ContentProblem[] {
  let tree: Node;
  try {
    tree = mdxToMdast(body, { features: { frontmatter: false } }) as Node;
  } catch (error) {
    const message = (error as Error).message;
    const where = /^(\d+):\d+: /.exec(message);
    const line = where ? context.firstLine + Number(where[1]) - 1 : context.firstLine;
    const reason = message.replace(/^\d+:\d+: /, '').replace(/ \(\d+:\d+\) \([\w:-]+\)$/, '').replace(/ \([\w:-]+\)$/, '');
    return [{ file: context.file, field: `line ${line}`, message: `the MDX cannot be read: ${reason}` }];
  }
  return walk(tree, context, 'page');
}

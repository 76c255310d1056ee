/**
 * Typesets the text of every rendered body (postings and pages) for the language of its
 * file, as a hast plugin of Astro's Markdown processor: the same rules as t() and the
 * content model (src/i18n/typography.ts), on text nodes only, never in code, attributes
 * or URLs. A file in a language without rules gets no plugin at all.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineHastPlugin, type PluginFactoryContext } from 'satteri';
import { isLocale } from '../i18n/config.ts';
import { hasTypography, typeset } from '../i18n/typography.ts';
import { localeOfFileName } from '../content/location.ts';

/** Text inside these is code or markup, not prose. */
const VERBATIM = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style']);

export function typesetBodies({ fileURL }: PluginFactoryContext) {
  const locale = fileURL ? localeOfFileName(path.basename(fileURLToPath(fileURL))) : undefined;
  if (!isLocale(locale) || !hasTypography(locale)) return null;
  return defineHastPlugin({
    name: 'careers:typeset-bodies',
    text(node, ctx) {
      const parent = ctx.parent(node);
      for (
        let up: typeof parent | undefined = parent;
        up && up.type === 'element';
        up = ctx.parent(up)
      ) {
        if (VERBATIM.has(up.tagName)) return undefined;
      }
      // A text node is often part of a sentence that goes on in a sibling ("<em>mot</em> :"):
      // a letter stands in for each neighbour, so the rules see a word there, then goes.
      const index = ctx.indexOf(node) ?? 0;
      const before = index > 0 ? 'x' : '';
      const after = index < parent.children.length - 1 ? 'x' : '';
      const value = typeset(locale, `${before}${node.value}${after}`).slice(
        before.length,
        after ? -1 : undefined,
      );
      return value === node.value ? undefined : { type: 'text', value };
    },
  });
}

import type { AstroIntegration } from 'astro';
import { contentDir } from '../content/location.ts';
import { formatProblem, readContent, type ContentRead } from '../content/validate.ts';

/**
 * Stops `astro build` and `astro dev` before anything renders when content is invalid,
 * with one line per problem (file: field: what was expected, what was found). When it
 * is valid, `onValid` gets what was read, so work that needs only the facts can start
 * before Astro loads its collections (the OG images' warm-up).
 */
export function contentCheck(options: { onValid?: (content: ContentRead) => void } = {}): AstroIntegration {
  return {
    name: 'careers:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const content = readContent(contentDir);
        const { problems } = content;
        if (problems.length === 0) {
          options.onValid?.(content);
          return;
        }
        const lines = problems.map(formatProblem);
        for (const line of lines) logger.error(line);
        const error = new Error(`The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`);
        // The lines above say all there is to say; a stack trace would only bury them.
        error.stack = error.message;
        throw error;
      },
    },
  };
}

import type { AstroIntegration } from 'astro';
import { contentDir } from '../content/location.ts';
import { formatProblem, validateContent } from '../content/validate.ts';

/**
 * Stops `astro build` and `astro dev` before anything renders when content is invalid,
 * with one line per problem (file: field: what was expected, what was found).
 */
export function contentCheck(): AstroIntegration {
  return {
    name: 'careers:content-check',
    hooks: {
      'astro:config:setup': ({ logger }) => {
        const problems = validateContent(contentDir);
        if (problems.length === 0) return;
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

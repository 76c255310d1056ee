import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { readSettings } from '../settings.ts';
import { writeHostConfigs, writeHostFiles } from '../hosting/writeHostConfigs.ts';
import { forgetBuiltPages } from '../lib/builtPages.ts';

/**
 * After the build, writes the host configs into the output from src/hosting/policy.ts,
 * with the CSP hashes of the pages just built. A production build gets production's;
 * any other build is kept out of search engines by its host too. Deploying the artefact
 * to another environment rewrites them: `npm run hosting:environment`.
 */
export function hostConfigs(): AstroIntegration {
  return {
    name: 'careers:hosting',
    hooks: {
      'astro:build:done': ({ dir, assets, logger }) => {
        const out = fileURLToPath(dir);
        const pages = [...assets.values()]
          .flat()
          .map((url) => fileURLToPath(url))
          .filter((file) => file.endsWith('.html'));
        const environment =
          readSettings().environment === 'production' ? 'production' : 'integration';
        writeHostFiles(out);
        const hashes = writeHostConfigs(out, environment, pages);
        // The last step that reads the built pages.
        forgetBuiltPages();
        logger.info(
          `host configs for ${environment} written (${hashes.script.length} script and ${hashes.style.length} style hashes in the CSP)`,
        );
      },
    },
  };
}

import type { AstroIntegrationLogger } from 'astro';
import { readSettings } from '../../settings.ts';
import { writeHostConfigs, writeHostFiles } from './writeHostConfigs.ts';
import { forgetBuiltPages } from '../builtPages.ts';

/**
 * After the build, writes the host configs into the output from src/build/hosting/policy.ts,
 * with the CSP hashes of the pages just built. A production build gets production's;
 * any other build is kept out of search engines by its host too. Deploying the artefact
 * to another environment rewrites them: `npm run hosting:environment`.
 */
export function publishHostConfigs(
  out: string,
  pages: string[],
  logger: AstroIntegrationLogger,
): void {
  const environment = readSettings().environment === 'production' ? 'production' : 'integration';
  writeHostFiles(out);
  const hashes = writeHostConfigs(out, environment, { pages });
  // The last step that reads the built pages.
  forgetBuiltPages();
  logger.info(
    `host configs for ${environment} written (${hashes.script.length} script and ${hashes.style.length} style hashes in the CSP)`,
  );
}

import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALES } from '../i18n/config.ts';
import { collectCspHashes } from '../hosting/cspHashes.ts';
import { headersFile, redirectsFile, staticWebAppConfig } from '../hosting/hostConfigs.ts';

/**
 * After the build, writes the host configs into the output from src/hosting/policy.ts,
 * with the CSP hashes of the pages just built. nginx's comes from `npm run hosting:nginx`.
 */
export function hostConfigs(): AstroIntegration {
  return {
    name: 'careers:hosting',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const hashes = collectCspHashes(out);
        writeFileSync(path.join(out, '_headers'), headersFile(hashes));
        writeFileSync(path.join(out, '_redirects'), redirectsFile());
        writeFileSync(path.join(out, 'staticwebapp.config.json'), staticWebAppConfig(hashes));
        // Hosts that look for the nearest 404.html (Cloudflare Pages) find each locale's own.
        for (const locale of LOCALES) {
          const page = path.join(out, locale, '404', 'index.html');
          if (existsSync(page)) copyFileSync(page, path.join(out, locale, '404.html'));
        }
        logger.info(`host configs written (${hashes.script.length} script and ${hashes.style.length} style hashes in the CSP)`);
      },
    },
  };
}

/**
 * The production build behind Azure Static Web Apps' own emulator (the SWA CLI) with the
 * generated staticwebapp.config.json, for production and for integration
 * (scripts/azure-serve.ts). Azure cannot redirect by language, has one 404 page for every
 * URL, and its emulator sends none of the configured headers with a 404.
 */
import { expect } from '@playwright/test';
import { hostSuite } from '../support/hostAssertions.ts';

hostSuite({
  host: 'azure',
  name: 'Azure Static Web Apps (SWA CLI emulator)',
  root: 'root page script',
  notFound: 'three languages',
  hostHeaders: { 'x-xss-protection': '1; mode=block', 'x-dns-prefetch-control': 'off' },
  headersOn404: false,
  readEveryRule: ({ site, lines }) => {
    // The emulator validates the file against Azure's schema and says so only when it passes.
    const found = lines.findIndex((line) => line.trim() === 'Found configuration file:');
    expect(found, 'the emulator found and accepted the config').toBeGreaterThanOrEqual(0);
    expect(lines[found + 1]?.trim()).toBe(`${site}/staticwebapp.config.json`);
  },
  harmless: [
    // The emulator's banner, printed whatever the config.
    /^\* WARNING: This emulator may not match the cloud environment exactly\. \*$/,
    // Node, about the CLI's own code (fs.existsSync called with undefined).
    /\[DEP0187\] DeprecationWarning: Passing invalid argument types to fs\.existsSync is deprecated$/,
    /^\(Use `node --trace-deprecation \.\.\.` to show where the warning was created\)$/,
  ],
});

/**
 * Prints the Chromium and nginx the tests will use, installing Debian's packages when
 * needed. Done once before the test servers start, so they never race for apt's lock.
 */
import { findChromium } from './lib/browser.ts';
import { findNginx } from './lib/nginx.ts';

try {
  console.log(`Chromium: ${await findChromium()}`);
  console.log(`nginx: ${findNginx()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

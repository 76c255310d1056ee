/** Prints the Chromium the tests will use, installing Debian's package when needed. */
import { findChromium } from './lib/browser.ts';

try {
  console.log(`Chromium: ${await findChromium()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

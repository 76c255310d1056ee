/**
 * Prints the Chromium, nginx and Java the tests will use, installing Debian's packages when
 * needed. Done once before the test servers start, so they never race for apt's lock.
 */
import { findChromium } from './lib/browser.ts';
import { findJava } from './lib/java.ts';
import { findNginx } from './lib/nginx.ts';

try {
  console.log(`Chromium: ${await findChromium()}`);
  console.log(`nginx: ${findNginx()}`);
  console.log(`Java (for the Nu HTML checker): ${findJava()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

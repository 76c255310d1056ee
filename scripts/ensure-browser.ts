/**
 * Prints the Chromium, nginx, Java and openssl the tests will use, installing Debian's packages when
 * needed. Done once before the test servers start, so they never race for apt's lock.
 */
import { findChromium } from './lib/browser.ts';
import { findJava } from './lib/java.ts';
import { findNginx } from './lib/nginx.ts';
import { findOpenssl } from './lib/openssl.ts';

try {
  console.log(`Chromium: ${await findChromium()}`);
  console.log(`nginx: ${findNginx()}`);
  console.log(`Java (for the Nu HTML checker): ${findJava()}`);
  console.log(`openssl (for the TLS test's certificate): ${findOpenssl()}`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/**
 * The README's and the editor guide's pictures, into docs/screenshots/:
 * `npm run docs:screenshots [-- --dir <built site>]`.
 * Without --dir it first builds the real content as production does (DEPLOY_ENV=production)
 * into dist-screenshots/, so the pictures show what visitors see, without the development
 * banner; CAREERS_TODAY pins the day postings are open against, as for any build.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { takeScreenshots, type Shot } from './lib/screenshots.ts';

const OUT = 'docs/screenshots';
const BUILD_DIR = 'dist-screenshots';

/** The home page's first screen on a phone and on a laptop, in both colour schemes. */
const HOME_SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];
const SCHEMES = ['light', 'dark'] as const;

const SHOTS: Shot[] = [
  ...HOME_SIZES.flatMap(({ width, height }) =>
    SCHEMES.map((colorScheme) => ({
      urlPath: '/en/',
      name: `home-${width}-${colorScheme}`,
      width,
      height,
      colorScheme,
      fullPage: false,
    })),
  ),
  ...[
    { urlPath: '/en/jobs/backend-engineer-intern/', name: 'posting' },
    { urlPath: '/translation-status/', name: 'translation-status' },
  ].map((page) => ({
    ...page,
    width: 1280,
    height: 900,
    colorScheme: 'light' as const,
    fullPage: true,
  })),
];

const { values } = parseArgs({ options: { dir: { type: 'string' } } });

if (!values.dir) {
  console.log(`Building the site as production into ${BUILD_DIR}/ …`);
  const build = spawnSync(
    process.execPath,
    [path.join('node_modules', 'astro', 'bin', 'astro.mjs'), 'build'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        DEPLOY_ENV: 'production',
        // Only the pages' canonical links show it, and no picture shows those.
        SITE_URL: process.env.SITE_URL || 'https://careers.example.org',
        CAREERS_OUT_DIR: BUILD_DIR,
      },
    },
  );
  if (build.status !== 0) {
    console.error(`The build failed (exit ${build.status ?? build.signal}); see its errors above.`);
    process.exit(1);
  }
}

await takeScreenshots(values.dir ?? BUILD_DIR, OUT, SHOTS);

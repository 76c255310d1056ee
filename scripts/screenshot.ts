/**
 * Screenshots of the built site:
 * `node scripts/screenshot.ts [--dir dist] [--out docs/screenshots] [--width 1280] [--height 900] [--dark] [--full] [path=name …]`.
 * Without paths it takes the English home page (home.png). The README's and the editor
 * guide's pictures have their own command: `npm run docs:screenshots`.
 */
import { parseArgs } from 'node:util';
import { takeScreenshots } from './lib/screenshots.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: 'string', default: 'dist' },
    out: { type: 'string', default: 'docs/screenshots' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '900' },
    dark: { type: 'boolean', default: false },
    full: { type: 'boolean', default: false },
  },
});

await takeScreenshots(
  values.dir,
  values.out,
  (positionals.length > 0 ? positionals : ['/en/=home']).map((arg) => {
    const [urlPath = '/', name = 'page'] = arg.split('=');
    return {
      urlPath,
      name,
      width: Number(values.width),
      height: Number(values.height),
      colorScheme: values.dark ? 'dark' : 'light',
      fullPage: values.full,
    };
  }),
);

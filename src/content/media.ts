/**
 * The editors' media folder (public/images/, where the visual editor uploads) holds
 * raster images and nothing else, each within a size a phone can load: the site serves
 * the folder from its own origin, so a script or an SVG (which can carry script) there
 * would run with the site's authority. Checked by the bytes, not the name.
 */
import { closeSync, existsSync, openSync, readdirSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ContentProblem } from './problems.ts';

/** Where the visual editor saves uploads, relative to public/. */
export const MEDIA_FOLDER = 'images';
/** An image larger than this is slow on a phone; resize it before uploading. */
export const MEDIA_MAX_BYTES = 1024 * 1024;

/** The formats browsers show, by their first bytes. */
const SIGNATURES: { format: string; matches: (head: Buffer) => boolean }[] = [
  { format: 'PNG', matches: (head) => head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { format: 'JPEG', matches: (head) => head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff },
  { format: 'WebP', matches: (head) => head.toString('latin1', 0, 4) === 'RIFF' && head.toString('latin1', 8, 12) === 'WEBP' },
  { format: 'AVIF', matches: (head) => head.toString('latin1', 4, 8) === 'ftyp' && /^avi[fs]$/.test(head.toString('latin1', 8, 12)) },
  { format: 'GIF', matches: (head) => /^GIF8[79]a$/.test(head.toString('latin1', 0, 6)) },
];

function headOf(file: string): Buffer {
  const head = Buffer.alloc(12);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 12, 0);
  } finally {
    closeSync(fd);
  }
  return head;
}

export function checkMedia(publicDir: string): ContentProblem[] {
  const folder = path.join(publicDir, MEDIA_FOLDER);
  if (!existsSync(folder)) return [];
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(folder, name);
    const shown = `public/${MEDIA_FOLDER}/${name.split(path.sep).join('/')}`;
    const stats = statSync(file);
    if (stats.isDirectory()) continue;
    if (!SIGNATURES.some((signature) => signature.matches(headOf(file)))) {
      problems.push({ file: shown, field: 'file', message: `not a ${SIGNATURES.map((signature) => signature.format).join(', ')} image: only raster images may be uploaded here; remove it` });
    } else if (stats.size > MEDIA_MAX_BYTES) {
      problems.push({ file: shown, field: 'file', message: `${(stats.size / 1024 / 1024).toFixed(1)} MB: images must be at most ${MEDIA_MAX_BYTES / 1024 / 1024} MB; resize it (1600 px wide is plenty)` });
    }
  }
  return problems;
}

/**
 * What a file in public/ must not be, because the site would serve it from its own origin
 * with the site's authority: a script (the pages load scripts only from the build's own
 * /_astro/ and /pagefind/, and a host runs `_worker.js` as server code), a page (pages come
 * from content/ and src/pages/, where they are checked), or a host's config, which would
 * replace the generated one (redirects, headers).
 */
const REFUSED_IN_PUBLIC: { matches: (name: string) => boolean; why: string }[] = [
  {
    matches: (name) => /\.(m?js|cjs)$/i.test(name),
    why: "a script outside the build's own script folders (/_astro/, /pagefind/): scripts come from src/ and are bundled by the build",
  },
  {
    matches: (name) => /\.(html?|xhtml|shtml)$/i.test(name),
    why: 'a page outside the build: pages are written in content/ or src/pages/, where they are checked',
  },
  {
    matches: (name) =>
      /^(_headers|_redirects|_routes\.json|staticwebapp\.config\.json|\.htaccess|netlify\.toml)$/i.test(path.basename(name)),
    why: 'a host configuration: the build generates these from src/build/hosting/policy.ts',
  },
];

/** Every file in public/ (but the media folder, checked above) that the site must not serve. */
export function checkPublicFiles(publicDir: string): ContentProblem[] {
  if (!existsSync(publicDir)) return [];
  const problems: ContentProblem[] = [];
  for (const name of readdirSync(publicDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const relative = name.split(path.sep).join('/');
    if (relative === MEDIA_FOLDER || relative.startsWith(`${MEDIA_FOLDER}/`)) continue;
    if (statSync(path.join(publicDir, name)).isDirectory()) continue;
    const refused = REFUSED_IN_PUBLIC.find((rule) => rule.matches(relative));
    if (refused) problems.push({ file: `public/${relative}`, field: 'file', message: `${refused.why}; remove it` });
  }
  return problems;
}

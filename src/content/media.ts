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

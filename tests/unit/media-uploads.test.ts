/**
 * What the editors' media folder (public/images/) accepts: the raster formats browsers
 * show, recognized by their first bytes whatever the file is called, in subfolders too,
 * up to 1 MB. Anything else is refused with its path, before the site is built.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { MEDIA_MAX_BYTES, checkMedia } from '../../src/content/media.ts';

function publicFolder(files: Record<string, Buffer | string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-media-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const [name, bytes] of Object.entries(files)) {
    const file = path.join(dir, 'images', name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  }
  return dir;
}
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((part) =>
      typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part),
    ),
  );
const refused = (dir: string) => checkMedia(dir).map((problem) => problem.file);

test('PNG, JPEG, WebP, AVIF and GIF images are accepted, in subfolders too', () => {
  const dir = publicFolder({
    'a.png': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'rest'),
    'b.jpg': bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF'),
    'c.webp': bytes('RIFF', [0, 1, 0, 0], 'WEBPVP8 '),
    'd.avif': bytes([0, 0, 0, 0x1c], 'ftypavif'),
    'e.avif': bytes([0, 0, 0, 0x1c], 'ftypavis'),
    'f.gif': bytes('GIF89a', [1, 0]),
    'team/g.gif': bytes('GIF87a', [1, 0]),
  });
  expect(checkMedia(dir)).toEqual([]);
});

test('files that only start like an image are refused, whatever their name', () => {
  const dir = publicFolder({
    'png.png': bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x00]),
    'jpeg.jpg': bytes([0xff, 0xd8, 0x00, 0xe0]),
    'jpeg2.jpg': bytes([0xff, 0x00, 0xff, 0xe0]),
    'jpeg3.jpg': bytes([0x00, 0xd8, 0xff, 0xe0]),
    'sound.webp': bytes('RIFF', [0, 1, 0, 0], 'WAVEfmt '),
    'riff.webp': bytes('RIFX', [0, 1, 0, 0], 'WEBPVP8 '),
    'video.avif': bytes([0, 0, 0, 0x1c], 'ftypmp42'),
    'box.avif': bytes([0, 0, 0, 0x1c], 'free', 'avif'),
    'gif.gif': bytes('GIF88a', [1, 0]),
    'team/page.gif': '<html><script>alert(1)</script>',
  });
  expect(refused(dir)).toEqual([
    'public/images/box.avif',
    'public/images/gif.gif',
    'public/images/jpeg.jpg',
    'public/images/jpeg2.jpg',
    'public/images/jpeg3.jpg',
    'public/images/png.png',
    'public/images/riff.webp',
    'public/images/sound.webp',
    'public/images/team/page.gif',
    'public/images/video.avif',
  ]);
  expect(checkMedia(dir)[0]!.message).toBe(
    'not a PNG, JPEG, WebP, AVIF, GIF image: only raster images may be uploaded here; remove it',
  );
});

test('an image of exactly 1 MB is accepted; one byte more is refused, with its size', () => {
  const gif = (size: number) => Buffer.concat([bytes('GIF89a'), Buffer.alloc(size - 6)]);
  const dir = publicFolder({
    'fits.gif': gif(MEDIA_MAX_BYTES),
    'over.gif': gif(MEDIA_MAX_BYTES + 1),
  });
  expect(checkMedia(dir)).toEqual([
    {
      file: 'public/images/over.gif',
      field: 'file',
      message: '1.0 MB: images must be at most 1 MB; resize it (1600 px wide is plenty)',
    },
  ]);
  const big = publicFolder({ 'big.gif': gif(2.5 * 1024 * 1024) });
  expect(checkMedia(big)[0]!.message).toMatch(/^2\.5 MB: /);
});

test('a site without a media folder has nothing to check', () => {
  expect(checkMedia(publicFolder({}))).toEqual([]);
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { OgImagePool } from '../../src/lib/ogImagePool.ts';

const run = Date.now();
const input = (title: string) => ({ lang: 'es', siteName: 'Empleo en ING', title: `${title} ${run}`, subtitle: 'Ingeniería IT · Madrid', kicker: 'Prácticas · Híbrido' });
let pool: OgImagePool | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

test('the build’s workers write every submitted image once, as a 1200×630 PNG, and reuse the cache next time', async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'og-pool-'));
  pool = new OgImagePool(out, 2);
  pool.submit({ input: input('Prácticas de backend'), file: 'og/es/posting-a.png' });
  pool.submit({ input: input('Prácticas de datos'), file: 'og/es/posting-b.png' });
  // A flyer and its posting share an image: submitted twice, drawn once.
  pool.submit({ input: input('Prácticas de backend'), file: 'og/es/posting-a.png' });
  expect(await pool.drain()).toEqual({ images: 2, drawn: 2, fromCache: 0 });
  for (const name of ['posting-a', 'posting-b']) {
    const png = PNG.sync.read(readFileSync(path.join(out, 'og', 'es', `${name}.png`)));
    expect([png.width, png.height]).toEqual([1200, 630]);
  }
  await pool.close();

  const next = mkdtempSync(path.join(os.tmpdir(), 'og-pool-'));
  pool = new OgImagePool(next, 1);
  pool.submit({ input: input('Prácticas de backend'), file: 'og/es/posting-a.png' });
  expect(await pool.drain()).toEqual({ images: 1, drawn: 0, fromCache: 1 });
  expect(readFileSync(path.join(next, 'og', 'es', 'posting-a.png')).equals(readFileSync(path.join(out, 'og', 'es', 'posting-a.png')))).toBe(true);
}, 60_000);

test('an image that cannot be written fails the build, naming its file and title', async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'og-pool-'));
  // A file where the folder should be.
  writeFileSync(path.join(out, 'og'), 'not a folder');
  pool = new OgImagePool(out, 1);
  pool.submit({ input: input('Stage backend'), file: 'og/fr/posting-x.png' });
  await expect(pool.drain()).rejects.toThrow(/og\/fr\/posting-x\.png \(“Stage backend \d+”\)/);
}, 60_000);

test('an image path outside the output folder is refused', () => {
  pool = new OgImagePool(mkdtempSync(path.join(os.tmpdir(), 'og-pool-')), 1);
  expect(() => pool!.submit({ input: input('x'), file: '../elsewhere.png' })).toThrow(/outside the output folder/);
});

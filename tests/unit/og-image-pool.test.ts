import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { OgImagePool } from '../../src/build/og/ogImagePool.ts';
import { ogCacheFile } from '../../src/build/og/ogCache.ts';

const run = Date.now();
const input = (title: string) => ({
  lang: 'es',
  siteName: 'Empleo en ING',
  title: `${title} ${run}`,
  subtitle: 'Ingeniería IT · Madrid',
  kicker: 'Prácticas · Híbrido',
});
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
  // The same image asked for twice is drawn once.
  pool.submit({ input: input('Prácticas de backend'), file: 'og/es/posting-a.png' });
  expect(await pool.drain()).toEqual({ images: 2, drawn: 2, fromCache: 0, drawnAhead: 0 });
  for (const name of ['posting-a', 'posting-b']) {
    const png = PNG.sync.read(readFileSync(path.join(out, 'og', 'es', `${name}.png`)));
    expect([png.width, png.height]).toEqual([1200, 630]);
  }
  await pool.close();

  const next = mkdtempSync(path.join(os.tmpdir(), 'og-pool-'));
  pool = new OgImagePool(next, 1);
  pool.submit({ input: input('Prácticas de backend'), file: 'og/es/posting-a.png' });
  expect(await pool.drain()).toEqual({ images: 1, drawn: 0, fromCache: 1, drawnAhead: 0 });
  expect(
    readFileSync(path.join(next, 'og', 'es', 'posting-a.png')).equals(
      readFileSync(path.join(out, 'og', 'es', 'posting-a.png')),
    ),
  ).toBe(true);
}, 60_000);

test('a warmed pool draws ahead into the cache only, and what is asked for later is linked, not drawn again', async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'og-pool-'));
  pool = new OgImagePool(out, 2);
  pool.warm([input('Ahead one'), input('Ahead two'), input('Never asked for')]);
  // As while a real build syncs and bundles: the route asks once the warm-up has drawn them.
  const ahead = [input('Ahead one'), input('Ahead two')].map(ogCacheFile);
  for (let waited = 0; !ahead.every((file) => existsSync(file)); waited += 100) {
    if (waited > 30_000) throw new Error('the warm-up drew nothing in 30 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  expect(existsSync(path.join(out, 'og')), 'a warm-up writes no output').toBe(false);
  pool.submit({ input: input('Ahead one'), file: 'og/es/posting-a.png' });
  pool.submit({ input: input('Ahead two'), file: 'og/es/posting-b.png' });
  pool.submit({ input: input('Not warmed'), file: 'og/es/posting-c.png' });
  const report = await pool.drain();
  expect(report).toMatchObject({ images: 3, drawn: 1, fromCache: 2 });
  // The guess nobody asked for may have been drawn too; it never reaches the output.
  expect(report.drawnAhead).toBeGreaterThanOrEqual(2);
  expect(readdirSync(path.join(out, 'og', 'es')).sort()).toEqual([
    'posting-a.png',
    'posting-b.png',
    'posting-c.png',
  ]);
  const png = PNG.sync.read(readFileSync(path.join(out, 'og', 'es', 'posting-b.png')));
  expect([png.width, png.height]).toEqual([1200, 630]);
}, 60_000);

test('a warm-up that cannot be drawn does not fail the build by itself', async () => {
  const out = mkdtempSync(path.join(os.tmpdir(), 'og-pool-'));
  pool = new OgImagePool(out, 1);
  // satori cannot lay out a title that is not text.
  pool.warm([{ ...input('x'), title: undefined as unknown as string }]);
  expect(await pool.drain()).toEqual({ images: 0, drawn: 0, fromCache: 0, drawnAhead: 0 });
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
  expect(() => pool!.submit({ input: input('x'), file: '../elsewhere.png' })).toThrow(
    /outside the output folder/,
  );
});

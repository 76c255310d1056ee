import { expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { ogImageSvg, rasterize, renderOgImage } from '../../src/build/og/ogImage.ts';
import { ogCacheKey } from '../../src/build/og/ogCache.ts';

const input = {
  lang: 'fr',
  siteName: 'Carrières chez ING',
  title: `Stage – test du cache ${Date.now()}`,
  subtitle: 'Ingénierie IT · Madrid',
  kicker: 'Stage · Hybride',
};

test('renders a 1200×630 PNG, then serves the unchanged image from the cache', async () => {
  const first = await renderOgImage(input);
  expect(first.cached).toBe(false);
  const png = PNG.sync.read(first.png);
  expect([png.width, png.height]).toEqual([1200, 630]);
  const second = await renderOgImage(input);
  expect(second.cached).toBe(true);
  expect(second.png.equals(first.png)).toBe(true);
}, 30_000);

test('any change to what the image shows changes its cache key', () => {
  expect(ogCacheKey(input)).toBe(ogCacheKey({ ...input }));
  expect(ogCacheKey({ ...input, title: `${input.title}!` })).not.toBe(ogCacheKey(input));
  expect(ogCacheKey({ ...input, lang: 'es' })).not.toBe(ogCacheKey(input));
});

/** Each pixel's channels, decoded, as one array per image (RGBA). */
const pixels = (png: Buffer) => PNG.sync.read(png).data;

test('the palette encoding looks the same as the full-colour rendering, at about half the bytes', async () => {
  for (const page of [
    input,
    {
      lang: 'es',
      siteName: 'Trabaja en ING',
      title: 'Prácticas de ingeniería backend',
      subtitle: 'Ingeniería TI · Madrid',
      kicker: 'Prácticas · Híbrido',
    },
  ]) {
    const svg = await ogImageSvg(page);
    const fullColour = await rasterize(svg, { compressionLevel: 4 });
    const palette = await rasterize(svg);
    const [before, after] = [pixels(fullColour), pixels(palette)];
    expect(after.length).toBe(before.length);
    let largest = 0;
    let total = 0;
    for (let index = 0; index < before.length; index += 1) {
      const difference = Math.abs(before[index]! - after[index]!);
      total += difference;
      largest = Math.max(largest, difference);
    }
    // No pixel visibly off (at most 8 steps in 255 on a channel, on the edge of a letter),
    // and on average well under one step.
    expect(largest, page.title).toBeLessThanOrEqual(8);
    expect(total / before.length, page.title).toBeLessThan(0.05);
    expect(palette.length, page.title).toBeLessThan(fullColour.length * 0.6);
  }
}, 30_000);

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

test('the palette encoding looks the same as the full-colour rendering, at under a third of the bytes', async () => {
  for (const page of [
    input,
    {
      lang: 'es',
      siteName: 'Trabaja en ING',
      title: 'Prácticas de ingeniería backend',
      subtitle: 'Ingeniería TI · Madrid',
      kicker: 'Prácticas · Híbrido',
    },
    {
      lang: 'en',
      siteName: 'Careers at ING',
      title: 'Backend Engineer Intern',
      subtitle:
        'Join a squad in our IT Engineering community in Madrid, contribute to our code base and learn how we build applications',
      kicker: 'Madrid · Internship',
    },
  ]) {
    const svg = await ogImageSvg(page);
    const fullColour = await rasterize(svg, { compressionLevel: 4 });
    const palette = await rasterize(svg);
    const [before, after] = [pixels(fullColour), pixels(palette)];
    expect(after.length).toBe(before.length);
    let total = 0;
    let visiblyOff = 0;
    for (let pixel = 0; pixel < before.length; pixel += 4) {
      let largest = 0;
      for (let channel = pixel; channel < pixel + 4; channel += 1) {
        const difference = Math.abs(before[channel]! - after[channel]!);
        total += difference;
        largest = Math.max(largest, difference);
      }
      if (largest > 24) visiblyOff += 1;
    }
    // On average well under one step in 255, and at most about one pixel in a thousand
    // off by more than 24 steps (where a letter's anti-aliased edge takes a nearby shade).
    expect(total / before.length, page.title).toBeLessThan(0.15);
    expect(visiblyOff / (before.length / 4), page.title).toBeLessThan(0.0015);
    expect(palette.length, page.title).toBeLessThan(fullColour.length / 3);
  }
}, 30_000);

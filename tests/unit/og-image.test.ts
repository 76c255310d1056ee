import { expect, test } from 'vitest';
import { PNG } from 'pngjs';
import { renderOgImage } from '../../src/build/og/ogImage.ts';
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

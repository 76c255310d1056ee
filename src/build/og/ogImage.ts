/**
 * Open Graph images: 1200×630 PNG (LinkedIn and others ignore SVG), drawn with satori
 * (text laid out and turned into paths with fonts that ship in @fontsource, so the result
 * does not depend on the machine's fonts) and rasterized by sharp. Each image is cached
 * under .cache/og by a hash of everything that shapes it, so an unchanged page is not
 * rendered again on the next build.
 */
import { OG_HEIGHT, OG_WIDTH } from '../../lib/ogPaths.ts';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { threadId } from 'node:worker_threads';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp, { type PngOptions } from 'sharp';
import { OG_CACHE_DIR, ogCacheFile, type OgImageInput } from './ogCache.ts';

const require = createRequire(import.meta.url);
let fonts:
  Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  const file = (name: string) => readFile(require.resolve(`@fontsource/noto-sans/files/${name}`));
  fonts ??= Promise.all(
    (['latin', 'latin-ext'] as const).flatMap((subset) =>
      ([400, 700] as const).map(async (weight) => ({
        name: 'Noto Sans',
        data: await file(`noto-sans-${subset}-${weight}-normal.woff`),
        weight,
        style: 'normal' as const,
      })),
    ),
  );
  return fonts;
}

type Node = {
  type: string;
  props: {
    style?: Record<string, unknown>;
    children?: (Node | string)[] | Node | string;
    [key: string]: unknown;
  };
};
const el = (
  type: string,
  style: Record<string, unknown>,
  children?: Node['props']['children'],
): Node => ({ type, props: { style, children } });

function clamp(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

function design(input: OgImageInput): Node {
  return el(
    'div',
    {
      width: '100%',
      height: '100%',
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: '#ffffff',
      fontFamily: 'Noto Sans',
      color: '#1a1a1a',
    },
    [
      el('div', { height: 24, backgroundColor: '#ff6200', display: 'flex' }),
      el(
        'div',
        {
          flex: 1,
          display: 'flex',
          flexDirection: 'column',
          justifyContent: 'center',
          padding: '40px 72px',
        },
        [
          ...(input.kicker
            ? [
                el(
                  'div',
                  {
                    fontSize: 32,
                    fontWeight: 700,
                    color: '#ad4100',
                    marginBottom: 16,
                    display: 'flex',
                  },
                  input.kicker,
                ),
              ]
            : []),
          el(
            'div',
            {
              fontSize: input.title.length > 60 ? 56 : 72,
              fontWeight: 700,
              lineHeight: 1.1,
              display: 'flex',
            },
            clamp(input.title, 110),
          ),
          el(
            'div',
            { fontSize: 34, marginTop: 28, color: '#525252', lineHeight: 1.3, display: 'flex' },
            clamp(input.subtitle, 150),
          ),
        ],
      ),
      el(
        'div',
        {
          display: 'flex',
          alignItems: 'center',
          padding: '0 72px 48px',
          fontSize: 32,
          fontWeight: 700,
        },
        [
          el(
            'div',
            {
              width: 48,
              height: 48,
              borderRadius: 24,
              backgroundColor: '#ff6200',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              marginRight: 20,
            },
            [
              el('div', {
                width: 20,
                height: 20,
                borderRadius: 10,
                backgroundColor: '#ffffff',
                display: 'flex',
              }),
            ],
          ),
          input.siteName,
        ],
      ),
    ],
  );
}

/** The picture as satori lays it out: an SVG whose text is paths. */
export async function ogImageSvg(input: OgImageInput): Promise<string> {
  // satori types its input as a React element; ours is the same plain {type, props} shape, built without React.
  return satori(design(input) as unknown as Parameters<typeof satori>[0], {
    width: OG_WIDTH,
    height: OG_HEIGHT,
    fonts: await loadFonts(),
  });
}

/**
 * How an image is encoded: a palette of 16 colours (4 bits a pixel), no dithering. The
 * design is five flat colours on white, and 16 keep each one's anti-aliased edge; against
 * the full-colour rendering (tests/unit/og-image.test.ts) about one pixel in a thousand,
 * all on the edges of letters, differs by more than 24 steps of 255, at under a third of
 * the bytes: 9–14 KB an image instead of 33–50 KB (64 colours, 8 bits, gave 14–23 KB).
 * Effort 1 keeps quantizing at a few milliseconds; zlib level 9 costs no more here.
 */
export const OG_PNG: PngOptions = {
  palette: true,
  colours: 16,
  dither: 0,
  effort: 1,
  compressionLevel: 9,
};

/** Rasterizes the SVG to a 1200×630 PNG, encoded as `options` say. */
export function rasterize(svg: string, options: PngOptions = OG_PNG): Promise<Buffer> {
  return sharp(Buffer.from(svg)).png(options).toBuffer();
}

async function draw(input: OgImageInput): Promise<Buffer> {
  return rasterize(await ogImageSvg(input));
}

async function writeCached(cacheFile: string, png: Buffer): Promise<void> {
  await mkdir(OG_CACHE_DIR, { recursive: true });
  // Written whole under another name, then renamed: two workers drawing the same image,
  // or a build stopped half-way, never leave a truncated PNG in the cache.
  const partial = `${cacheFile}.${process.pid}.${threadId}.partial`;
  await writeFile(partial, png);
  await rename(partial, cacheFile);
}

/** The image's file in .cache/og, drawn first if it is not there; `drawn` says which. */
export async function cachedOgImage(
  input: OgImageInput,
): Promise<{ file: string; drawn: boolean }> {
  const file = ogCacheFile(input);
  try {
    await access(file);
    return { file, drawn: false };
  } catch {
    // Not drawn yet.
  }
  await writeCached(file, await draw(input));
  return { file, drawn: true };
}

export async function renderOgImage(
  input: OgImageInput,
): Promise<{ png: Buffer; cached: boolean }> {
  const { file, drawn } = await cachedOgImage(input);
  return { png: await readFile(file), cached: !drawn };
}

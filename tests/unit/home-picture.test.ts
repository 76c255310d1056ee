/**
 * The home page's picture (src/assets/hero-city.svg) is decoration that every visitor to
 * a home page downloads: small, still, wordless, and self-contained.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from 'vitest';

const svg = readFileSync('src/assets/hero-city.svg', 'utf8');

test('the home picture stays under 1 KB gzipped', () => {
  expect(gzipSync(svg, { level: 9 }).length).toBeLessThan(1024);
});

test('the home picture does not move: no animation to pause (WCAG 2.2.2) or to reduce', () => {
  expect(svg).not.toMatch(/<animate|<set\b|animation|transition/i);
});

test('the home picture says nothing: no text, title or description in it', () => {
  expect(svg).not.toMatch(/<(text|title|desc)\b/i);
});

test('the home picture needs nothing else: no style sheet, script or linked resource', () => {
  // Colours are attributes, not a <style>: a host's Content-Security-Policy header on the
  // file could otherwise block it. And an image loads nothing, from here or elsewhere.
  expect(svg).not.toMatch(/<(style|script|image|use|foreignObject)\b|href=|url\(/i);
});

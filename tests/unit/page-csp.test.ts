import { createHash } from 'node:crypto';
import { expect, test } from 'vitest';
import { narrowPageCsp } from '../../src/build/hosting/pageCsp.ts';

const sha = (algorithm: 'sha256' | 'sha384', text: string) =>
  `${algorithm}-${createHash(algorithm).update(text).digest('base64')}`;
const page = (policy: string, body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) =>
  /content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';

const inlineScript = 'document.title="x"';
const otherScript = 'alert(1)';
const css = 'body{color:red}';

test("a page's policy keeps the hashes of its own inline scripts and styles and drops the rest", () => {
  const html = page(
    `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' '${sha('sha256', otherScript)}' '${sha('sha256', inlineScript)}'; style-src 'self' '${sha('sha256', 'p{}')}' '${sha('sha256', css)}';`,
    `<style>${css}</style><script type="module">${inlineScript}</script><script type="module" src="/_astro/a.js"></script>`,
  );
  expect(policyOf(narrowPageCsp(html))).toBe(
    `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' '${sha('sha256', inlineScript)}'; style-src 'self' '${sha('sha256', css)}';`,
  );
});

test('no hash is added: an inline script the policy did not allow stays refused', () => {
  const html = page(
    `script-src 'self' '${sha('sha256', otherScript)}'`,
    `<script>${inlineScript}</script>`,
  );
  expect(policyOf(narrowPageCsp(html))).toBe("script-src 'self'");
});

test('a hash is matched with its own algorithm, on the exact text between the tags', () => {
  const html = page(
    `script-src 'self' '${sha('sha384', inlineScript)}' '${sha('sha256', ` ${inlineScript}`)}'`,
    `<script>${inlineScript}</script>`,
  );
  expect(policyOf(narrowPageCsp(html))).toBe(`script-src 'self' '${sha('sha384', inlineScript)}'`);
});

test('a script hash does not allow a style with the same text, nor the reverse', () => {
  const html = page(
    `script-src 'self' '${sha('sha256', css)}'; style-src 'self' '${sha('sha256', inlineScript)}'`,
    `<style>${css}</style><script>${inlineScript}</script>`,
  );
  expect(policyOf(narrowPageCsp(html))).toBe("script-src 'self'; style-src 'self'");
});

test('a page without a <meta> policy, and a narrowed one, are left as they are', () => {
  const bare = '<html><head><script>alert(1)</script></head></html>';
  expect(narrowPageCsp(bare)).toBe(bare);
  const html = page(
    `script-src 'self' '${sha('sha256', inlineScript)}'`,
    `<script>${inlineScript}</script>`,
  );
  const once = narrowPageCsp(html);
  expect(narrowPageCsp(once)).toBe(once);
  expect(once).toBe(html);
});

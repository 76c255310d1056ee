import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { startSearchIndexes } from '../../src/build/search/searchIndexes.ts';
import { LOCALES } from '../../src/i18n/config.ts';

function writePage(site: string, locale: string, name: string, text: string): void {
  const dir = path.join(site, locale, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(
    path.join(dir, 'index.html'),
    `<!doctype html><html lang="${locale}"><head><title>${name}</title></head><body><main data-pagefind-body><h1>${name}</h1><p>${text}</p></main></body></html>`,
  );
}

function site(changedSpanish: boolean): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'search-index-'));
  for (const locale of LOCALES) {
    writePage(dir, locale, 'backend', `Backend intern in Madrid (${locale})`);
    writePage(dir, locale, 'data', `Data intern in Valencia (${locale})`);
  }
  if (changedSpanish)
    writePage(dir, 'es', 'data', 'Prácticas de datos en Valencia, texto corregido');
  return dir;
}

test('each language gets its own index, and the next build reuses those whose pages did not change', async () => {
  const cache = mkdtempSync(path.join(os.tmpdir(), 'search-cache-'));
  const first = site(false);
  expect(await (await startSearchIndexes(first, cache)).done).toEqual({ en: 2, es: 2, fr: 2 });
  for (const locale of LOCALES)
    expect(existsSync(path.join(first, 'pagefind', locale, 'pagefind.js')), locale).toBe(true);

  const second = site(true);
  expect(await (await startSearchIndexes(second, cache)).done).toEqual({
    en: 'unchanged',
    es: 2,
    fr: 'unchanged',
  });
  // The reused indexes are complete bundles in the new site.
  for (const locale of ['en', 'fr'])
    expect(readdirSync(path.join(second, 'pagefind', locale)).sort()).toEqual(
      readdirSync(path.join(first, 'pagefind', locale)).sort(),
    );
}, 60_000);

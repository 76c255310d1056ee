/**
 * Where nginx sends a visitor who opens `/`: the language its generated map picks from the
 * browser's Accept-Language header. nginx tries the map's regular expressions in order
 * (`~*`: case-insensitive) and takes the first that matches, else the default; this reads
 * the generated map and does the same.
 */
import { expect, test } from 'vitest';
import { nginxConfig } from '../../src/build/hosting/hostConfigs.ts';

// Generated in each test (not while tests are collected), so mutation testing sees which
// tests read it.
const mapEntries = () => {
  const conf = nginxConfig({ script: [], style: [] }, { root: '/srv/site', listen: '8080' });
  const map = /map \$http_accept_language \$careers_locale \{\n([\s\S]*?)\n {2}\}/.exec(conf)![1]!;
  return map.split('\n').map((line) => line.trim());
};

function redirectFor(acceptLanguage: string): string {
  const entries = mapEntries();
  for (const entry of entries) {
    const match = /^"~\*(.*)" (\w+);$/.exec(entry);
    if (match && new RegExp(match[1]!, 'i').test(acceptLanguage)) return `/${match[2]}/`;
  }
  return `/${/^default (\w+);$/.exec(entries[0]!)![1]}/`;
}

test('the root redirect follows the preferred language when the site has it', () => {
  expect(redirectFor('es-ES,es;q=0.9,en;q=0.8')).toBe('/es/');
  expect(redirectFor('fr-CA')).toBe('/fr/');
  expect(redirectFor('EN-us,en;q=0.9')).toBe('/en/');
  expect(redirectFor(' es')).toBe('/es/');
});

test('a preferred language the site lacks gives way to a later one it has', () => {
  expect(redirectFor('de-DE,de;q=0.9,fr;q=0.8')).toBe('/fr/');
  expect(redirectFor('de, es-MX;q=0.5')).toBe('/es/');
  expect(redirectFor('nl,es')).toBe('/es/');
});

test('no usable language, or none at all, goes to English', () => {
  expect(redirectFor('de-DE,de;q=0.9')).toBe('/en/');
  expect(redirectFor('')).toBe('/en/');
  // A language whose code only starts like one of the site's is not it.
  expect(redirectFor('de, frr;q=0.5, est;q=0.4')).toBe('/en/');
});

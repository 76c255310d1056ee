/**
 * A language's UI strings without one of English's keys do not type-check, so a language
 * added with a string left out fails `astro check` (step "type check" of npm test) before
 * any page is built. The @ts-expect-error lines below fail that check the day a
 * dictionary short of a key would be accepted.
 */
import { expect, test } from 'vitest';
import type { Dictionary } from '../../src/i18n/translations.ts';
import { DICTIONARIES } from '../../src/i18n/translations.ts';
import nl from '../../src/i18n/locales/nl.json' with { type: 'json' };

test('a dictionary short of a key is not a dictionary', () => {
  const { 'nav.jobs': missing, ...withoutKey } = nl;
  // @ts-expect-error: "nav.jobs" is missing, and a Dictionary has every English key.
  const shortDictionary: Dictionary = withoutKey;
  expect(missing).toBeTruthy();
  expect(Object.keys(shortDictionary)).not.toContain('nav.jobs');
  expect(Object.keys(DICTIONARIES.nl)).toContain('nav.jobs');
});

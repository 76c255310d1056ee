import { expect, test } from 'vitest';
import { checkTranslationsAgree, missingTranslationError } from '../../src/lib/translationChecks.ts';

const base = { sourceLocale: 'en' as const, team: 'it', validThrough: new Date('2027-01-31T00:00:00Z'), location: { country: 'ES', city: 'Madrid' } };

test('translations that share the source facts pass', () => {
  expect(() =>
    checkTranslationsAgree('postings', 'x', { en: { data: base }, es: { data: { ...base, location: { country: 'ES', city: 'Madrid' } } } }),
  ).not.toThrow();
});

test('a translation with a different closing date stops the build, naming file and field', () => {
  expect(() =>
    checkTranslationsAgree('postings', 'x', { en: { data: base }, fr: { data: { ...base, validThrough: new Date('2027-02-28T00:00:00Z') } } }),
  ).toThrow('content/postings/x/index.fr.mdx: validThrough: expected 2027-01-31 as in index.en.mdx (the same in every language), got 2027-02-28');
});

test('a missing translation names the file to add and the fallback setting', () => {
  expect(missingTranslationError('pages', 'about', 'es', false).message).toBe(
    'content/pages/about/index.es.mdx: missing translation. Add the file, or build with MISSING_TRANSLATION=fallback to show the original with a notice.',
  );
});

import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/config.ts';
import {
  SEGMENTS,
  absoluteUrl,
  isSlug,
  localeOfPath,
  localePath,
  pathFor,
} from '../../src/i18n/routes.ts';

describe('pathFor', () => {
  test('builds localized section paths', () => {
    expect(pathFor('en', { kind: 'jobs' })).toBe('/en/jobs/');
    expect(pathFor('es', { kind: 'jobs' })).toBe('/es/empleos/');
    expect(pathFor('fr', { kind: 'jobs' })).toBe('/fr/offres/');
    expect(pathFor('fr', { kind: 'home' })).toBe('/fr/');
    expect(pathFor('es', { kind: 'benefits' })).toBe('/es/beneficios/');
    expect(pathFor('fr', { kind: 'search' })).toBe('/fr/recherche/');
    expect(pathFor('es', { kind: 'saved' })).toBe('/es/ofertas-guardadas/');
    expect(pathFor('en', { kind: 'alerts' })).toBe('/en/job-alerts/');
  });

  test('puts postings under the localized jobs segment and benefits under benefits', () => {
    expect(pathFor('es', { kind: 'posting', id: 'x' }, 'practicas-backend')).toBe(
      '/es/empleos/practicas-backend/',
    );
    expect(pathFor('fr', { kind: 'benefit', id: 'bus' }, 'bus-entreprise')).toBe(
      '/fr/avantages/bus-entreprise/',
    );
    expect(pathFor('en', { kind: 'page', id: 'about' }, 'about-us')).toBe('/en/about-us/');
  });

  test('refuses a content page without a slug', () => {
    expect(() => pathFor('en', { kind: 'posting', id: 'x' })).toThrow(
      'A slug is required to build the path of posting:x',
    );
    expect(() => pathFor('fr', { kind: 'page', id: 'about' }, '')).toThrow(
      'A slug is required to build the path of page:about',
    );
  });

  test('refuses segments that are not URL-safe slugs', () => {
    expect(() => localePath('en', 'Jobs')).toThrow('Invalid URL segment "Jobs" for locale en');
    expect(() => localePath('es', 'ok', '-x')).toThrow('Invalid URL segment "-x" for locale es');
    expect(() => localePath('en', '../etc')).toThrow(/Invalid URL segment/);
    expect(() => localePath('en', 'a b')).toThrow(/Invalid URL segment/);
  });
});

test('every localized segment exists for every locale and is a slug', () => {
  for (const segment of Object.values(SEGMENTS)) {
    for (const locale of LOCALES) expect(isSlug(segment[locale])).toBe(true);
  }
});

test('localeOfPath finds the locale of a site path', () => {
  expect(localeOfPath('/es/empleos/x/')).toBe('es');
  expect(localeOfPath('/')).toBeUndefined();
  expect(localeOfPath('/de/')).toBeUndefined();
  expect(localeOfPath('/_astro/x.css')).toBeUndefined();
});

test('absoluteUrl resolves a path on the site origin', () => {
  expect(absoluteUrl('/fr/offres/', 'https://careers.example.org')).toBe(
    'https://careers.example.org/fr/offres/',
  );
});

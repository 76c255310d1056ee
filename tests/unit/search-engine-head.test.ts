/**
 * What a search engine and a link preview read from a page's head (src/lib/seo.ts): the
 * title, the canonical address, the hreflang alternates and the Open Graph locales.
 */
import { expect, test } from 'vitest';
import { headData, type HeadInput } from '../../src/lib/seo.ts';

const site = 'https://careers.example.org';
const posting: HeadInput = {
  locale: 'es',
  title: 'Prácticas Backend',
  siteName: 'Empleo en ING',
  description: 'Únete a un squad.',
  path: '/es/empleos/practicas-backend/',
  alternates: {
    en: '/en/jobs/backend-intern/',
    es: '/es/empleos/practicas-backend/',
    fr: '/fr/offres/stage-backend/',
  },
  site,
  noindex: false,
  environmentNoindex: false,
};

test('a page is titled "page | site", and the page named like the site only once', () => {
  expect(headData(posting).title).toBe('Prácticas Backend | Empleo en ING');
  expect(headData({ ...posting, title: 'Empleo en ING' }).title).toBe('Empleo en ING');
  expect(headData(posting).description).toBe('Únete a un squad.');
});

test('the canonical address is the absolute address of the page itself', () => {
  expect(headData(posting).canonical).toBe(`${site}/es/empleos/practicas-backend/`);
});

test('hreflang lists every translation by absolute address, then x-default at the language chooser', () => {
  expect(headData(posting).alternates).toEqual([
    { hreflang: 'en', href: `${site}/en/jobs/backend-intern/` },
    { hreflang: 'es', href: `${site}/es/empleos/practicas-backend/` },
    { hreflang: 'fr', href: `${site}/fr/offres/stage-backend/` },
    { hreflang: 'x-default', href: `${site}/` },
  ]);
});

test('a language without the page is left out of hreflang; a page without translations has none', () => {
  const { fr: _fr, ...withoutFrench } = posting.alternates;
  expect(
    headData({ ...posting, alternates: withoutFrench }).alternates.map((link) => link.hreflang),
  ).toEqual(['en', 'es', 'x-default']);
  expect(headData({ ...posting, alternates: {} }).alternates).toEqual([]);
});

test("Open Graph names the page's locale and the locales it is also available in", () => {
  const head = headData(posting);
  expect(head.ogLocale).toBe('es_ES');
  expect(head.ogLocaleAlternates).toEqual(['en_GB', 'fr_FR']);
  expect(
    headData({ ...posting, locale: 'fr', alternates: { fr: posting.alternates.fr! } })
      .ogLocaleAlternates,
  ).toEqual([]);
});

test('robots: index, follow unless the page or the environment says otherwise', () => {
  expect(headData(posting).robots).toBe('index, follow');
  expect(headData({ ...posting, noindex: true }).robots).toBe('noindex, nofollow');
  expect(headData({ ...posting, environmentNoindex: true }).robots).toBe('noindex, nofollow');
});

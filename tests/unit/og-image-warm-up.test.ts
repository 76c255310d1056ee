import { expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/config.ts';
import { SECTION_PAGES } from '../../src/i18n/routes.ts';
import { readContent } from '../../src/content/validate.ts';
import { expectedOgImageInputs, ogImageInput } from '../../src/lib/ogImageInput.ts';

const content = readContent('content');

test('the content check keeps every valid language version for the warm-up', () => {
  expect(content.problems).toEqual([]);
  expect(content.postings.map(({ id, locale }) => `${id}/${locale}`).sort()).toEqual(LOCALES.map((locale) => `backend-engineer-intern/${locale}`).sort());
  expect(content.teams.map((team) => team.id)).toContain('it-engineering');
});

test('the warm-up expects one image per page and language, drawn from the same facts as the OG route', () => {
  const inputs = expectedOgImageInputs(content);
  expect(inputs).toHaveLength(LOCALES.length * SECTION_PAGES.length + content.pages.length + content.postings.length);
  const spanish = content.postings.find((entry) => entry.locale === 'es')!;
  // What the route asks for this posting (teams.yaml gives the team's Spanish name).
  const asked = ogImageInput('es', { view: 'posting', data: spanish.data, teamName: content.teams.find((team) => team.id === spanish.data.team)!.name.es });
  expect(inputs).toContainEqual(asked);
  expect(asked).toMatchObject({ lang: 'es', title: spanish.data.title, subtitle: expect.stringContaining('Madrid') });
});

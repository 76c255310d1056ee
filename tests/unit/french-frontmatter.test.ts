/**
 * The prose of French frontmatter is printed with French typography (a no-break space
 * before ; : ! ?), as the rendered bodies are: titles, summaries, the city, the contact's
 * name, a page's description and the names of teams. Editors type ordinary spaces; other
 * languages, ids, slugs and links are left exactly as written.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, test } from 'vitest';
import { readContentModel } from '../../src/content/model.ts';
import { typeset } from '../../src/i18n/typography.ts';
import { FIXTURE_TODAY } from '../support/servers.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'careers-typeset-'));
  cpSync('tests/fixtures/content', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const edit = (file: string, ...replacements: [RegExp, string][]) => {
  const full = path.join(dir, file);
  let text = readFileSync(full, 'utf8');
  for (const [pattern, value] of replacements) text = text.replace(pattern, value);
  writeFileSync(full, text);
};
const model = () =>
  readContentModel({
    contentDir: dir,
    publicDir: 'public',
    today: FIXTURE_TODAY,
    missingTranslation: 'error',
  }).model;
const fr = (text: string) => {
  const printed = typeset('fr', text);
  // The rule applies to these texts: each has punctuation that takes a no-break space.
  expect(printed).not.toBe(text);
  return printed;
};

test('a French posting’s title, summary, city and contact are typeset; the English ones are not', () => {
  for (const locale of ['en', 'fr'])
    edit(
      `postings/fixture-data-intern/index.${locale}.mdx`,
      [/^title: .*$/m, 'title: "Stage : données ?"'],
      [/^summary: .*$/m, 'summary: "Rejoignez-nous ; vite !"'],
      [/^ {2}city: .*$/m, '  city: "Paris : centre"'],
      [/^ {2}name: .*$/m, '  name: "Équipe : RH"'],
    );
  const posting = model().postings.find((entry) => entry.id === 'fixture-data-intern')!;
  const french = posting.versions.fr!.data;
  expect([french.title, french.summary, french.location.city, french.contact.name]).toEqual([
    fr('Stage : données ?'),
    fr('Rejoignez-nous ; vite !'),
    fr('Paris : centre'),
    fr('Équipe : RH'),
  ]);
  expect(french.applyUrl).toBe('https://apply.example.org/fixture-data-intern');
  expect(french.slug).toBe('fixture-stage-donnees');
  const english = posting.versions.en!.data;
  expect([english.title, english.summary, english.location.city, english.contact.name]).toEqual([
    'Stage : données ?',
    'Rejoignez-nous ; vite !',
    'Paris : centre',
    'Équipe : RH',
  ]);
});

test('a French page’s title and description are typeset', () => {
  edit(
    'pages/about/index.fr.mdx',
    [/^title: .*$/m, 'title: "Qui sommes-nous ?"'],
    [/^description: .*$/m, 'description: "Notre mission : vous aider !"'],
  );
  const about = model().pages.find((entry) => entry.id === 'about')!.versions.fr!.data;
  expect([about.title, about.description]).toEqual([
    fr('Qui sommes-nous ?'),
    fr('Notre mission : vous aider !'),
  ]);
});

test('team names are typeset in French only, and postings carry them per language', () => {
  edit('data/teams.yaml', [
    /name: \{ en: Data Analytics, .* \}/,
    'name: { en: "Data: analytics", es: Analítica de datos, fr: "Données : analyse" }',
  ]);
  const content = model();
  expect(content.teams.find((team) => team.id === 'data-analytics')?.name).toEqual({
    en: 'Data: analytics',
    es: 'Analítica de datos',
    fr: fr('Données : analyse'),
  });
  expect(content.postings.find((entry) => entry.id === 'fixture-data-intern')?.teamName).toEqual({
    en: 'Data: analytics',
    es: 'Analítica de datos',
    fr: fr('Données : analyse'),
  });
});

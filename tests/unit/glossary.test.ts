/**
 * The glossary in src/i18n/glossary.ts is the one the translators follow: the style guides
 * show the same rows, and no Spanish or French text of the site (UI strings, content,
 * localized data labels, the fixtures' translations) uses a form it says to avoid.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { DICTIONARIES } from '../../src/i18n/translations.ts';
import { avoidedIn, GLOSSARY, type TranslatedLocale } from '../../src/i18n/glossary.ts';
import { entryFileName } from '../../src/content/location.ts';

const CONTENT_DIRS = ['content', 'tests/fixtures/content'];
const LOCALES = Object.keys(GLOSSARY) as TranslatedLocale[];

interface Text {
  where: string;
  text: string;
}

/** Reader-facing text of an MDX file: frontmatter strings (not ids or keys), body without tags. */
function mdxTexts(file: string): Text[] {
  const source = readFileSync(file, 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error(`${file} has no frontmatter`);
  const data = parse(match[1]!) as Record<string, unknown>;
  const contact = data.contact as { name?: string } | undefined;
  const location = data.location as { city?: string } | undefined;
  const fields = {
    title: data.title,
    summary: data.summary,
    description: data.description,
    'contact.name': contact?.name,
    'location.city': location?.city,
  };
  return [
    ...Object.entries(fields).flatMap(([field, value]) =>
      typeof value === 'string' ? [{ where: `${file}: ${field}`, text: value }] : [],
    ),
    { where: `${file}: text`, text: match[2]!.replace(/<[^>]*>/g, ' ') },
  ];
}

/** Localized labels in content/data: every `{ en, es, fr }` map's value in the locale. */
function dataTexts(dir: string, locale: TranslatedLocale): Text[] {
  const dataDir = path.join(dir, 'data');
  if (!existsSync(dataDir)) return [];
  const texts: Text[] = [];
  const visit = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((item, index) => visit(item, `${where}[${index}]`));
    else if (value && typeof value === 'object') {
      const record = value as Record<string, unknown>;
      if (typeof record[locale] === 'string' && typeof record.en === 'string')
        texts.push({ where, text: record[locale] as string });
      else for (const [key, child] of Object.entries(record)) visit(child, `${where}.${key}`);
    }
  };
  for (const name of readdirSync(dataDir).filter((file) => file.endsWith('.yaml')))
    visit(parse(readFileSync(path.join(dataDir, name), 'utf8')), path.join(dataDir, name));
  return texts;
}

function contentTexts(locale: TranslatedLocale): Text[] {
  const texts: Text[] = [];
  for (const dir of CONTENT_DIRS) {
    for (const collection of ['postings', 'pages']) {
      const base = path.join(dir, collection);
      if (!existsSync(base)) continue;
      for (const id of readdirSync(base)) {
        const file = path.join(base, id, entryFileName(locale));
        if (existsSync(file)) texts.push(...mdxTexts(file));
      }
    }
    texts.push(...dataTexts(dir, locale));
  }
  return texts;
}

const uiTexts = (locale: TranslatedLocale): Text[] =>
  Object.entries(DICTIONARIES[locale]).map(([key, text]) => ({
    where: `src/i18n/locales/${locale}.json: ${key}`,
    text,
  }));

describe.each(LOCALES)('the %s glossary', (locale) => {
  const terms = GLOSSARY[locale];
  const guideFile = `docs/style-guide-${locale}.md`;
  const texts = [...uiTexts(locale), ...contentTexts(locale)];

  test('reads real text (the check is not vacuous)', () => {
    expect(texts.filter((text) => text.where.includes('.json')).length).toBeGreaterThan(100);
    expect(texts.filter((text) => text.where.includes('content/postings/')).length).toBeGreaterThan(
      3,
    );
    expect(texts.filter((text) => text.where.includes('content/pages/')).length).toBeGreaterThan(
      10,
    );
  });

  test('no UI string or content file uses an avoided form', () => {
    const found = texts.flatMap(({ where, text }) =>
      terms.flatMap((term) =>
        avoidedIn(text, term).map(
          (form) => `${where}: "${form}" (say "${term.preferred}" for ${term.concept})`,
        ),
      ),
    );
    expect(found).toEqual([]);
  });

  test(`every row is in ${guideFile}, as written here`, () => {
    const guide = readFileSync(guideFile, 'utf8');
    for (const term of terms)
      expect(guide, term.concept).toContain(
        `| ${term.concept} | ${term.preferred} | ${term.avoid.join(', ')} |`,
      );
  });

  test('the style guide has no glossary row the module lacks', () => {
    const guide = readFileSync(guideFile, 'utf8');
    const section = guide.slice(guide.indexOf('## Glossary'));
    const rows = section
      .split('\n')
      .filter(
        (line) =>
          line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| Concept'),
      )
      .map((line) => line.split(' | ')[0]!.slice(2));
    expect(rows).toEqual(terms.map((term) => term.concept));
  });

  test('names every team as content/data/teams.yaml does', () => {
    const teams = parse(readFileSync('content/data/teams.yaml', 'utf8')) as Array<{
      name: Record<string, string>;
    }>;
    for (const team of teams)
      expect(
        terms.find((term) => term.concept === `${team.name.en} (team)`)?.preferred,
        team.name.en,
      ).toBe(team.name[locale]);
  });

  test('the check finds an avoided form, in any case, but not inside a longer word or the preferred form', () => {
    const term = terms.find((candidate) => candidate.concept === 'employee networks')!;
    expect(avoidedIn(term.preferred, term)).toEqual([]);
    expect(avoidedIn(`Nuestras ${term.avoid[0]!.toUpperCase()}.`, term)).toEqual([term.avoid[0]]);
    const team = terms.find((candidate) => candidate.concept === 'IT Engineering (team)')!;
    expect(avoidedIn('the IT Engineeringx community', team)).toEqual([]);
  });
});

describe('inclusive writing the style guides rule out', () => {
  // French: point médian (étudiant·e), or a feminine ending in brackets (recruteur(se), le (la)).
  const FRENCH = /\p{L}[·•‧]\p{L}|\p{L}\((?:e|es|se|euse|rice|trice|ne|le|te)\)|\ble \(la\)/iu;
  // Spanish: @ (ingenier@s) or a slash ending (candidatos/as).
  const SPANISH = /\p{L}@|\p{L}[oa]s?\/[ao]s?(?![\p{L}])/iu;
  const offending = (texts: Text[], pattern: RegExp) =>
    texts
      .filter(({ text }) => pattern.test(text))
      .map(({ where, text }) => `${where}: ${pattern.exec(text)![0]}`);

  test('French: no point médian and no feminine abbreviated in brackets (doublets or neutral wording instead)', () => {
    expect(offending([...uiTexts('fr'), ...contentTexts('fr')], FRENCH)).toEqual([]);
  });

  test('Spanish: no @ or slash endings (doublets or neutral nouns instead)', () => {
    expect(offending([...uiTexts('es'), ...contentTexts('es')], SPANISH)).toEqual([]);
  });

  test('the checks catch what they are for, and only that', () => {
    expect(FRENCH.test('Intéressé·e par')).toBe(true);
    expect(FRENCH.test('contacter le (la) recruteur(se)')).toBe(true);
    expect(FRENCH.test('Empowering (y)our Sustainability journey')).toBe(false);
    expect(SPANISH.test('ingenier@s')).toBe(true);
    expect(SPANISH.test('candidatos/as')).toBe(true);
    expect(SPANISH.test('CI/CD, candidatura y/o entrevista')).toBe(false);
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { frenchTypography } from '../../src/i18n/frenchTypography.ts';

// Written out so a failure shows which space is wrong: ⍽ narrow no-break (U+202F), ° no-break (U+00A0).
const NNBSP = '\u202F';
const NBSP = '\u00A0';
const show = (text: string) => text.replaceAll(NNBSP, '⍽').replaceAll(NBSP, '°');
const typeset = (text: string) => show(frenchTypography(text));

describe('frenchTypography', () => {
  test('a narrow no-break space before ; ! ? and », and after «', () => {
    expect(typeset('Des questions ? Demandez-nous')).toBe('Des questions⍽? Demandez-nous');
    expect(typeset('Nous avons hâte de découvrir vos contributions !')).toBe(
      'Nous avons hâte de découvrir vos contributions⍽!',
    );
    expect(typeset('sur cet appareil uniquement ; elles ne nous sont jamais envoyées')).toBe(
      'sur cet appareil uniquement⍽; elles ne nous sont jamais envoyées',
    );
    expect(typeset("s'intitule « Empowering (y)our Sustainability journey ».")).toBe(
      "s'intitule «⍽Empowering (y)our Sustainability journey⍽».",
    );
  });

  test('a no-break space before a colon', () => {
    expect(typeset('Schéma sans échelle : les 6 lignes')).toBe(
      'Schéma sans échelle°: les 6 lignes',
    );
    expect(typeset("Contact par e-mail : Équipe Recrutement d'ING")).toBe(
      "Contact par e-mail°: Équipe Recrutement d'ING",
    );
  });

  test('adds the space where code joined words with none: feed titles, button labels', () => {
    expect(typeset("Stage: Offres d'emploi | Carrières chez ING")).toBe(
      "Stage°: Offres d'emploi | Carrières chez ING",
    );
    expect(typeset('Enregistrer: Stage en ingénierie backend')).toBe(
      'Enregistrer°: Stage en ingénierie backend',
    );
    expect(typeset('Vraiment?')).toBe('Vraiment⍽?');
    expect(typeset('Vraiment?!')).toBe('Vraiment⍽?!');
    expect(typeset('«Bonjour»')).toBe('«⍽Bonjour⍽»');
    expect(typeset('(voir plus bas);')).toBe('(voir plus bas)⍽;');
  });

  test('replaces spaces of the wrong kind, and several spaces, by the right one', () => {
    expect(typeset(`Lieu${NNBSP}: Madrid`)).toBe('Lieu°: Madrid');
    expect(typeset(`Quoi${NBSP}?`)).toBe('Quoi⍽?');
    expect(typeset('Quoi   ?')).toBe('Quoi⍽?');
    expect(typeset(`«${NBSP}oui${NBSP}»`)).toBe('«⍽oui⍽»');
  });

  test('narrow no-break spaces inside numbers, a no-break space before %', () => {
    expect(typeset('plus de 1 600 personnes')).toBe('plus de 1⍽600 personnes');
    expect(typeset('10 000 000 de clients')).toBe('10⍽000⍽000 de clients');
    expect(typeset('une banque 100 % en ligne')).toBe('une banque 100°% en ligne');
    expect(typeset('100% en ligne')).toBe('100°% en ligne');
    expect(typeset('plus de 1 600 % ')).toBe('plus de 1⍽600°% ');
  });

  test('the same spaces Intl writes in French numbers', () => {
    expect(frenchTypography('1 600')).toBe(new Intl.NumberFormat('fr').format(1600));
    expect(frenchTypography('100 %')).toBe(
      new Intl.NumberFormat('fr', { style: 'percent' }).format(1),
    );
  });

  test('leaves numbers that are not groups of thousands alone', () => {
    expect(typeset('en 2026 200 personnes')).toBe('en 2026 200 personnes');
    expect(typeset('les lignes A42 600')).toBe('les lignes A42 600');
    expect(typeset('le 1er février 2027')).toBe('le 1er février 2027');
    expect(typeset('40 pays')).toBe('40 pays');
  });

  test('never touches addresses, times or marks inside a word', () => {
    expect(typeset('https://www.ing.jobs/')).toBe('https://www.ing.jobs/');
    expect(typeset('https://apply.example.org/offre?id=1&x=2!')).toBe(
      'https://apply.example.org/offre?id=1&x=2!',
    );
    expect(typeset('Postulez sur https://www.ing.jobs/?q=stage ; merci !')).toBe(
      'Postulez sur https://www.ing.jobs/?q=stage⍽; merci⍽!',
    );
    expect(typeset('Écrivez à mailto:rh@example.org : nous répondrons.')).toBe(
      'Écrivez à mailto:rh@example.org°: nous répondrons.',
    );
    expect(typeset('voir www.example.org/a:b?c')).toBe('voir www.example.org/a:b?c');
    expect(typeset('Rendez-vous à 10:30 : accueil')).toBe('Rendez-vous à 10:30°: accueil');
    expect(typeset('format 16:9')).toBe('format 16:9');
    expect(typeset('a?b c;d')).toBe('a?b c;d');
  });

  test('a mark at the start of a line keeps what was typed', () => {
    expect(typeset('? au début')).toBe('? au début');
    expect(typeset('ligne\n: suite')).toBe('ligne\n: suite');
  });

  test('is idempotent, and changes nothing in text that needs nothing', () => {
    const once = frenchTypography(
      'Des questions ? « Oui » : 1 600 personnes, 100 % en ligne ; https://x.org/?a:b',
    );
    expect(frenchTypography(once)).toBe(once);
    expect(frenchTypography('Stage en ingénierie backend')).toBe('Stage en ingénierie backend');
    expect(frenchTypography('')).toBe('');
  });

  test('typesets the French posting without touching its Markdown links or URLs', () => {
    const posting = readFileSync(
      new URL('../../content/postings/backend-engineer-intern/index.fr.mdx', import.meta.url),
      'utf8',
    );
    const body = posting.split('\n---\n')[1]!;
    const typeset = frenchTypography(body);
    // Every ordinary space before : ; ! ? » and after « is gone.
    expect(typeset).not.toMatch(/ [:;!?»]|« /);
    expect(typeset).toContain(`1${NNBSP}600 personnes`);
    expect(typeset).toContain(`100${NBSP}%`);
    // Link components are untouched.
    expect(typeset.match(/<Link to="[a-z-]+">/g)).toEqual(body.match(/<Link to="[a-z-]+">/g));
    // Only spaces changed.
    expect(typeset.replace(/[\u00A0\u202F]/g, ' ').replace(/ (?=[:;!?%])/g, '')).toBe(
      body.replace(/ (?=[:;!?%])/g, ''),
    );
  });
});

/**
 * The translators' glossary: for each concept, the one form the site uses in a language
 * and the forms it must not use. docs/style-guide-es.md and docs/style-guide-fr.md show
 * the same rows as a table, and tests/unit/glossary.test.ts checks both that they agree
 * and that no avoided form appears in a Spanish or French UI string or content file.
 *
 * `avoid` forms are matched as whole words, ignoring case, after every occurrence of the
 * preferred form has been set aside (so "redes de empleados" is an avoided form even
 * though the preferred "redes de empleados y empleadas" begins with it).
 * Team names must be the team's name in content/data/teams.yaml.
 */
import type { Locale } from './config.ts';

export interface GlossaryTerm {
  /** The concept, in English, as the style guide's first column names it. */
  readonly concept: string;
  readonly preferred: string;
  readonly avoid: readonly string[];
}

/** The languages with a style guide (docs/style-guide-<lang>.md); a new language may start without one. */
export type TranslatedLocale = Extract<Locale, 'es' | 'fr'>;

export const GLOSSARY: Readonly<Record<TranslatedLocale, readonly GlossaryTerm[]>> = {
  es: [
    {
      concept: 'internship',
      preferred: 'prácticas',
      avoid: ['pasantía', 'pasantías', 'internado', 'internship'],
    },
    {
      concept: 'intern',
      preferred: 'persona en prácticas',
      avoid: ['becario', 'becaria', 'becarios', 'pasante', 'pasantes'],
    },
    {
      concept: 'apply',
      preferred: 'inscribirse (Inscríbete)',
      avoid: [
        'aplicar a la oferta',
        'aplicar a esta oferta',
        'aplica ya',
        'aplica ahora',
        'postularse',
        'postúlate',
        'postulación',
      ],
    },
    { concept: 'benefits', preferred: 'beneficios', avoid: ['prestaciones', 'perks'] },
    {
      concept: 'job alerts',
      preferred: 'alertas de empleo',
      avoid: ['avisos de empleo', 'alertas de trabajo', 'alertas laborales'],
    },
    {
      concept: 'saved jobs',
      preferred: 'ofertas guardadas',
      avoid: ['empleos guardados', 'trabajos guardados'],
    },
    {
      concept: 'IT Engineering (team)',
      preferred: 'Ingeniería TI',
      avoid: ['IT Engineering', 'Ingeniería IT'],
    },
    {
      concept: 'employee networks',
      preferred: 'redes de empleados y empleadas',
      avoid: ['redes de empleados', 'redes de trabajadores'],
    },
    {
      concept: 'Rainbow Lions (employee network)',
      preferred: 'Rainbow Lions',
      avoid: ['Leones Arcoíris', 'Leones del Arcoíris'],
    },
    { concept: 'Leonas (employee network)', preferred: 'Leonas', avoid: ['Lionesses'] },
  ],
  fr: [
    { concept: 'internship', preferred: 'stage', avoid: ['internat', 'internship'] },
    { concept: 'intern', preferred: 'stagiaire', avoid: ['intern', 'apprenti', 'apprentie'] },
    {
      concept: 'apply',
      preferred: 'postuler',
      avoid: ['candidater', "appliquer à l'offre", 'appliquer pour'],
    },
    { concept: 'benefits', preferred: 'avantages', avoid: ['bénéfices', 'benefits', 'perks'] },
    {
      concept: 'job alerts',
      preferred: 'alertes emploi',
      avoid: ["alertes d'emploi", 'alertes job', 'alertes jobs'],
    },
    {
      concept: 'saved jobs',
      preferred: 'offres enregistrées',
      avoid: ['offres sauvegardées', 'emplois enregistrés', 'emplois sauvegardés'],
    },
    {
      concept: 'IT Engineering (team)',
      preferred: 'Ingénierie informatique',
      avoid: ['IT Engineering', 'Ingénierie IT'],
    },
    {
      concept: 'employee networks',
      preferred: 'réseaux de collaborateurs et collaboratrices',
      avoid: ['réseaux de collaborateurs', "réseaux d'employés", 'réseaux de salariés'],
    },
    {
      concept: 'Rainbow Lions (employee network)',
      preferred: 'Rainbow Lions',
      avoid: ['Lions arc-en-ciel'],
    },
    { concept: 'Leonas (employee network)', preferred: 'Leonas', avoid: ['Lionnes', 'Lionesses'] },
  ],
};

/** Straight apostrophes and plain spaces, so "d’emploi" and "d'emploi" are one form, typeset or not. */
const normalize = (text: string) => text.replaceAll('’', "'").replace(/[\u00A0\u202F]/g, ' ');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A form as whole words: not inside a longer word, nor inside a hyphenated one or an id (fixture-data-intern). */
export const wholeWords = (form: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(normalize(form))}(?![\\p{L}\\p{N}_-])`, 'giu');

/** The avoided forms a text uses, once the preferred form has been set aside. */
export function avoidedIn(text: string, term: GlossaryTerm): string[] {
  const rest = normalize(text).replace(wholeWords(term.preferred), ' ');
  return term.avoid.filter((form) => wholeWords(form).test(rest));
}

/** Every language of the real site, and its root: tests/support/languageMatrix.ts. */
import { LOCALES } from '../../src/i18n/config.ts';
import { languageMatrix } from '../support/languageMatrix.ts';

languageMatrix(
  LOCALES,
  [
    ['es-ES,es;q=0.9,en;q=0.8', 'es'],
    ['fr-CA', 'fr'],
    ['de-DE,de', 'en'],
    ['de;q=0.9, fr;q=0.5', 'fr'],
    // Dutch is a language the code speaks, but this site does not publish it.
    ['nl-NL,nl;q=0.9', 'en'],
  ],
  { tag: 'es-ES', locale: 'es' },
);

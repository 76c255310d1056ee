/**
 * The fixture site publishes a fourth language, Dutch, by one setting (SITE_LOCALES): the
 * whole language matrix of tests/support/languageMatrix.ts runs for all four.
 */
import { languageMatrix } from '../support/languageMatrix.ts';
import { FIXTURE_LOCALES } from '../support/servers.ts';

languageMatrix(
  FIXTURE_LOCALES,
  [
    ['nl-NL,nl;q=0.9,en;q=0.8', 'nl'],
    ['nl-BE', 'nl'],
    ['de;q=0.9, nl;q=0.5', 'nl'],
    ['fr-CA', 'fr'],
    ['de-DE,de', 'en'],
  ],
  { tag: 'nl-NL', locale: 'nl' },
);

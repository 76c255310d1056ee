/**
 * The editor guide's table of addresses is the site's: an editor who follows it lands on
 * the page, in every language.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { LOCALES } from '../../src/i18n/config.ts';
import { SECTION_PAGES, pathFor } from '../../src/i18n/routes.ts';

const guide = readFileSync('docs/editing-content.md', 'utf8');

test('the guide gives every section page its address in every language', () => {
  for (const view of SECTION_PAGES)
    expect(guide, view).toContain(
      `| ${view} | ${LOCALES.map((locale) => `\`${pathFor(locale, { kind: view })}\``).join(' | ')} |`,
    );
});

test('the guide gives the address pattern of postings, benefits and other pages', () => {
  for (const [label, kind] of [
    ['a posting', 'posting'],
    ['a benefit', 'benefit'],
    ['another page', 'page'],
  ] as const)
    expect(guide, label).toContain(
      `| ${label} | ${LOCALES.map(
        (locale) => `\`${pathFor(locale, { kind, id: 'x' }, 'slug').replace('slug', '<slug>')}\``,
      ).join(' | ')} |`,
    );
});

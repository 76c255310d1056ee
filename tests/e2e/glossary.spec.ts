/**
 * The glossary holds on the built site: no Spanish or French page says a concept in a
 * form the style guide avoids (src/i18n/glossary.ts, docs/style-guide-*.md), whether the
 * text came from a UI string, a content file or a data file.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { GLOSSARY, avoidedIn, type TranslatedLocale } from '../../src/i18n/glossary.ts';
import { proseOf } from '../support/html.ts';

const SITE = 'dist';

for (const locale of Object.keys(GLOSSARY) as TranslatedLocale[]) {
  test(`every ${locale} page uses the glossary's preferred forms`, () => {
    const pages = readdirSync(path.join(SITE, locale), {
      recursive: true,
      encoding: 'utf8',
    }).filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    const found = pages.flatMap((file) => {
      const text = proseOf(readFileSync(path.join(SITE, locale, file), 'utf8')).join('\n');
      return GLOSSARY[locale].flatMap((term) =>
        avoidedIn(text, term).map(
          (form) => `${locale}/${file}: "${form}" (say "${term.preferred}")`,
        ),
      );
    });
    expect(found).toEqual([]);
  });
}

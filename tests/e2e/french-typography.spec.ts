/**
 * French typography is the build's job: no French text the site emits has a breakable
 * space where French print needs a no-break one (before ; : ! ? », after «, inside a
 * number, before %). Checked on every French page's text and prose attributes, its
 * JSON-LD, and the French feeds, read as a crawler or a feed reader would.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { jsonStrings, proseOf } from '../support/html.ts';

const SITE = 'dist';
/** A breakable space where French needs a no-break one. */
const BREAKABLE = /[ \t\n](?=[;:!?»%‰])|«[ \t\n]|\d[ \t\n](?=\d{3}(?!\d))/u;

const faults = (texts: string[]) =>
  texts.filter((text) => BREAKABLE.test(text)).map((text) => text.trim().slice(0, 80));

const frenchPages = readdirSync(path.join(SITE, 'fr'), {
  recursive: true,
  encoding: 'utf8',
}).filter((file) => file.endsWith('.html'));

test('every French page has no-break spaces where French typography needs them', () => {
  expect(frenchPages.length).toBeGreaterThan(10);
  const found = frenchPages.flatMap((file) =>
    faults(proseOf(readFileSync(path.join(SITE, 'fr', file), 'utf8'))).map(
      (text) => `fr/${file}: ${text}`,
    ),
  );
  expect(found).toEqual([]);
  // The rules did apply: a French page has narrow no-break spaces (before ? ! ; and »).
  expect(readFileSync(path.join(SITE, 'fr', 'index.html'), 'utf8')).toContain('\u202F');
});

test('the French feeds have no-break spaces too', () => {
  const rss = readFileSync(path.join(SITE, 'fr', 'rss.xml'), 'utf8');
  const titles = [
    ...rss.matchAll(/<(title|description)>(?:<!\[CDATA\[)?([\s\S]*?)(?:\]\]>)?<\/\1>/g),
  ].map((match) => match[2]!);
  const json = JSON.parse(readFileSync(path.join(SITE, 'fr', 'feed.json'), 'utf8')) as unknown;
  expect(faults([...titles, ...jsonStrings(json)])).toEqual([]);
});

/**
 * Where each language version of an entry lives: `postings/<id>/index.<locale>.mdx`, the
 * layout the visual editor writes. Messages name files as editors see them.
 */
import { expect, test } from 'vitest';
import { entryFile, localeOfFileName, localizedEntryId } from '../../src/content/location.ts';

test('a language version is named by its folder and its language', () => {
  expect(entryFile('postings', 'backend-intern', 'es')).toBe(
    'content/postings/backend-intern/index.es.mdx',
  );
  expect(localizedEntryId('postings/backend-intern/index.es.mdx')).toBe('backend-intern/es');
  expect(localeOfFileName('index.fr.mdx')).toBe('fr');
  expect(localeOfFileName('index.fr.md')).toBeUndefined();
  expect(localeOfFileName('xindex.fr.mdx')).toBeUndefined();
  expect(localeOfFileName('index.fr.mdx.bak')).toBeUndefined();
});

test('a file for a language the site lacks, or in a folder that is not an id, stops the build with its path', () => {
  expect(() => localizedEntryId('postings/backend-intern/index.de.mdx')).toThrow(
    'content/postings/backend-intern/index.de.mdx: the file name must be a language the site knows (index.en.mdx, index.es.mdx, index.fr.mdx), got "index.de.mdx"',
  );
  expect(() => localizedEntryId('postings/Backend_Intern/index.en.mdx')).toThrow(
    'content/postings/Backend_Intern/index.en.mdx: the folder name "Backend_Intern" is the entry\'s id and must be lowercase words joined by hyphens',
  );
  expect(() => localizedEntryId('index.en.mdx')).toThrow('the folder name "" is the entry\'s id');
});

/**
 * The one module that reads the content folder: every entry file (frontmatter and body)
 * and every data file, once. Whatever the loaders would skip is a problem here, so no
 * editor's file is silently ignored (an index.en.md, a language the site lacks, a stray
 * name).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parse, YAMLParseError } from 'yaml';
import { LOCALES, isLanguage, isLocale, type Locale } from '../i18n/config.ts';
import { isSlug } from '../i18n/routes.ts';
import { entryFileName, localeOfFileName } from './location.ts';
import type { ContentProblem } from './problems.ts';
import { cachedParse, type ReadCache } from './readCache.ts';

export const COLLECTIONS = ['postings', 'pages'] as const;
export type Collection = (typeof COLLECTIONS)[number];

export const DATA_FILES = { teams: 'teams.yaml', busRoutes: 'bus-routes.yaml', organization: 'organization.yaml' } as const;
export type DataName = keyof typeof DATA_FILES;

/** One language version of an entry, as the editor wrote it. */
export interface EntryFile {
  collection: Collection;
  id: string;
  locale: Locale;
  /** As editors see it in messages: `content/postings/<id>/index.es.mdx`. */
  file: string;
  /** On disk, for the loaders (MDX pages are compiled from their file) and dates. */
  absolutePath: string;
  /** Of the whole file: a changed digest means the entry is rendered again. */
  digest: string;
  frontmatter: unknown;
  body: string;
  /** Line of the file on which the body starts, so body problems name file lines. */
  bodyLine: number;
  /** Scaffold placeholders still in the file, one problem per line. */
  placeholders: ContentProblem[];
}

export interface DataFile {
  file: string;
  items: unknown[];
}

export interface ContentFiles {
  entries: EntryFile[];
  /** Every language version found, readable or not (as shown in messages). */
  versionFiles: Set<string>;
  data: Partial<Record<DataName, DataFile>>;
  problems: ContentProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Splits and reads one entry file's text; a problem instead when its frontmatter is not YAML. */
export interface ParsedEntryText {
  frontmatter: unknown;
  body: string;
  bodyLine: number;
}

export function parseEntryText(file: string, text: string): ParsedEntryText | ContentProblem {
  const match = FRONTMATTER.exec(text);
  if (!match) return { file, field: 'frontmatter', message: 'expected the file to start with a frontmatter block between two "---" lines' };
  const yaml = match[1] ?? '';
  const entry = { body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
  try {
    return { ...entry, frontmatter: parse(yaml) ?? {} };
  } catch (error) {
    // The yaml package names the line and the cause in words an editor can act on.
    const line = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
    const reason = (error as Error).message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    const hint = /:\s/.test(yaml) ? ' (a value containing ": " must be in quotes)' : '';
    return { file, field: 'frontmatter', message: `invalid YAML${line}: ${reason}${hint}` };
  }
}

/**
 * What the scaffold (`npm run new:posting`) writes where an editor's words must go. Any
 * left in a file stops the build, so no scaffold text can reach a page or a search engine.
 */
export const PLACEHOLDER = /⟦[^⟧\n]*⟧/;

/** One problem per line that still holds a scaffold placeholder. */
export function placeholderProblems(file: string, text: string): ContentProblem[] {
  return text.split('\n').flatMap((line, index) => {
    const found = PLACEHOLDER.exec(line);
    return found ? [{ file, field: `line ${index + 1}`, message: `${found[0]} is still the scaffold's placeholder: write the text in its place` }] : [];
  });
}

/** Reads one entry file; used for every file at start and, in `astro dev`, for a saved one. */
export function readEntryFile(collection: Collection, id: string, locale: Locale, absolutePath: string, file: string, cache?: ReadCache): EntryFile | ContentProblem {
  const text = readFileSync(absolutePath, 'utf8');
  const parsed = cachedParse(cache, absolutePath, text, () => parseEntryText(file, text));
  if ('message' in parsed) return parsed;
  const digest = createHash('sha256').update(text).digest('base64url').slice(0, 22);
  return { collection, id, locale, file, absolutePath, digest, ...parsed, placeholders: placeholderProblems(file, text) };
}

/** Hidden files (.gitkeep, an editor's swap file) are not content. */
const visible = (folder: string) => readdirSync(folder).filter((name) => !name.startsWith('.')).sort();

const expectedNames = () => LOCALES.map(entryFileName).join(', ');

/** Why a name in an entry folder is not a language version the site reads, or undefined when it is one. */
function strayName(name: string): string | undefined {
  const locale = localeOfFileName(name);
  if (locale !== undefined) return isLocale(locale) ? undefined : `expected one of ${expectedNames()}: the site has no language "${locale}"`;
  const markdown = /^index\.([^.]+)\.(md|markdown|mdoc)$/.exec(name);
  if (markdown) return `expected one of ${expectedNames()}: entries are .mdx files; rename it to index.${markdown[1]}.mdx`;
  return `expected one of ${expectedNames()}: the build reads nothing else in an entry's folder`;
}

export function readContentFiles(contentDir: string, displayRoot = 'content', cache?: ReadCache): ContentFiles {
  const shown = (...parts: string[]) => [displayRoot, ...parts].join('/');
  const read: ContentFiles = { entries: [], versionFiles: new Set(), data: {}, problems: [] };
  const problem = (file: string, field: string, message: string) => read.problems.push({ file, field, message });

  for (const collection of COLLECTIONS) {
    const base = path.join(contentDir, collection);
    if (!existsSync(base)) {
      problem(shown(collection), 'folder', 'missing');
      continue;
    }
    for (const id of visible(base)) {
      const folder = path.join(base, id);
      if (!statSync(folder).isDirectory()) {
        problem(shown(collection, id), 'file name', `expected a folder per entry: move it to ${shown(collection, '<id>', entryFileName('en'))}`);
        continue;
      }
      const names = visible(folder);
      if (names.length === 0) continue;
      if (!isSlug(id)) problem(shown(collection, id), 'folder name', `expected lowercase words joined by hyphens (it is the entry's id), got "${id}"`);
      for (const name of names) {
        const file = shown(collection, id, name);
        // A translation into a language the code speaks but the site does not publish
        // (SITE_LOCALES) waits for its launch: not read, not published.
        const locale = localeOfFileName(name);
        if (isLanguage(locale) && !isLocale(locale)) continue;
        const stray = strayName(name);
        if (stray) {
          problem(file, 'file name', stray);
          continue;
        }
        read.versionFiles.add(file);
        const entry = readEntryFile(collection, id, localeOfFileName(name) as Locale, path.join(folder, name), file, cache);
        if ('message' in entry) read.problems.push(entry);
        else {
          read.entries.push(entry);
          read.problems.push(...entry.placeholders);
        }
      }
    }
  }

  const known = new Set<string>(Object.values(DATA_FILES));
  const dataDir = path.join(contentDir, 'data');
  for (const name of existsSync(dataDir) ? visible(dataDir) : []) {
    if (!known.has(name)) problem(shown('data', name), 'file name', `expected one of ${[...known].join(', ')}: the build reads nothing else in content/data`);
  }
  for (const [dataName, name] of Object.entries(DATA_FILES) as [DataName, string][]) {
    const file = shown('data', name);
    const full = path.join(dataDir, name);
    if (!existsSync(full)) {
      problem(file, 'file', 'missing');
      continue;
    }
    let items: unknown;
    try {
      items = parse(readFileSync(full, 'utf8'));
    } catch (error) {
      problem(file, 'file', `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!Array.isArray(items)) {
      problem(file, 'file', 'expected a list of entries, each starting with "- id: …"');
      continue;
    }
    read.data[dataName] = { file, items };
  }

  for (const name of existsSync(contentDir) ? visible(contentDir) : []) {
    if (![...COLLECTIONS, 'data'].includes(name)) problem(shown(name), 'file name', `expected only ${[...COLLECTIONS, 'data'].join(', ')} in the content folder: the build reads nothing else`);
  }
  return read;
}

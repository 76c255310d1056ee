/**
 * Checks every content file against its schema before Astro starts, and reports each
 * problem on one line an editor can act on:
 *   content/postings/backend-engineer-intern/index.es.mdx: validThrough: expected a date like 2026-12-31, got "next month"
 * Astro validates too, but its messages carry stack traces and collection jargon.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { load, type YAMLException } from 'js-yaml';
import { parse, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { LOCALES } from '../i18n/config.ts';
import { isSlug } from '../i18n/routes.ts';
import { busRouteSchema, organizationSchema, pageSchema, postingSchema, teamSchema, type Page, type Posting } from './schemas.ts';
import { checkBody, type KnownTargets } from './guardRails.ts';
import { entryFileName, localeOfFileName } from './location.ts';
import { SECTION_PAGES, pathFor, type PageKey } from '../i18n/routes.ts';
import type { Locale } from '../i18n/config.ts';

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** One language version of an entry that passed its schema, as the schema outputs it. */
export interface ValidEntry<Data> {
  id: string;
  locale: Locale;
  data: Data;
}

/** What the content check read: every problem, and the entries and teams that are valid. */
export interface ContentRead {
  problems: ContentProblem[];
  postings: ValidEntry<Posting>[];
  pages: ValidEntry<Page>[];
  teams: z.output<typeof teamSchema>[];
}

function parsed<Schema extends z.ZodType>(file: string, schema: Schema, data: unknown, prefix = ''): { problems: ContentProblem[]; data?: z.output<Schema> } {
  const result = schema.safeParse(data);
  if (result.success) return { problems: [], data: result.data };
  const problems = result.error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'frontmatter';
    if (issue.code === 'unrecognized_keys') {
      return { file, field: issue.keys.map((key) => [field === 'frontmatter' ? '' : field, key].filter(Boolean).join('.')).join(', '), message: 'unknown field (check the spelling; see the fields in the scaffold or the editor guide)' };
    }
    return { file, field, message: issue.message };
  });
  return { problems };
}

function readFrontmatter(file: string, relative: string): { data?: unknown; body?: string; bodyLine?: number; problem?: ContentProblem } {
  const text = readFileSync(file, 'utf8');
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!match) return { problem: { file: relative, field: 'frontmatter', message: 'expected the file to start with a frontmatter block between two "---" lines' } };
  const result = { body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
  let astroReading: YAMLException;
  try {
    // js-yaml, as Astro reads frontmatter: the check sees the values the build will (and
    // it is some ten times faster than the yaml package, for thousands of files).
    return { ...result, data: load(match[1] ?? '') ?? {} };
  } catch (error) {
    astroReading = error as YAMLException;
  }
  // Invalid: the yaml package names the line and the cause in words an editor can act on.
  try {
    parse(match[1] ?? '');
    const line = astroReading.mark ? ` at line ${astroReading.mark.line + 2}` : '';
    return { problem: { file: relative, field: 'frontmatter', message: `invalid YAML${line}: ${astroReading.reason}` } };
  } catch (error) {
    const line = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line + 1}` : '';
    const reason = (error as Error).message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '');
    const hint = /:\s/.test(match[1] ?? '') ? ' (a value containing ": " must be in quotes)' : '';
    return { problem: { file: relative, field: 'frontmatter', message: `invalid YAML${line}: ${reason}${hint}` } };
  }
}

/** Validates the content folder; returns every problem found (empty when all is well). */
export function validateContent(contentDir: string, displayRoot = 'content'): ContentProblem[] {
  return readContent(contentDir, displayRoot).problems;
}

/** Validates the content folder, and keeps what is valid for the build's early work (OG images). */
export function readContent(contentDir: string, displayRoot = 'content'): ContentRead {
  const problems: ContentProblem[] = [];
  const read: ContentRead = { problems, postings: [], pages: [], teams: [] };
  const shown = (...parts: string[]) => [displayRoot, ...parts].join('/');
  const bodies: { file: string; locale: Locale; body: string; line: number; posting: boolean }[] = [];
  const known: KnownTargets = { ids: new Set<string>(SECTION_PAGES), paths: new Set() };
  /** Which file publishes each address, so two entries cannot claim the same one. */
  const owners = new Map<string, string>();
  for (const locale of LOCALES) {
    for (const kind of SECTION_PAGES) {
      known.paths.add(pathFor(locale, { kind }));
      owners.set(pathFor(locale, { kind }), `the site's ${kind} page`);
    }
  }

  for (const [collection, schema] of [['postings', postingSchema], ['pages', pageSchema]] as const) {
    const base = path.join(contentDir, collection);
    if (!existsSync(base)) {
      problems.push({ file: shown(collection), field: 'folder', message: 'missing' });
      continue;
    }
    for (const id of readdirSync(base)) {
      const folder = path.join(base, id);
      if (!existsSync(folder) || !readdirSync(folder, { withFileTypes: true }).length) continue;
      if (!isSlug(id)) problems.push({ file: shown(collection, id), field: 'folder name', message: `expected lowercase words joined by hyphens, got "${id}"` });
      for (const name of readdirSync(folder)) {
        const relative = shown(collection, id, name);
        if (!name.endsWith('.mdx')) continue;
        const locale = localeOfFileName(name);
        if (!locale || !(LOCALES as readonly string[]).includes(locale)) {
          const why = locale ? `the site has no language "${locale}"` : 'each language version is named index.<language>.mdx';
          problems.push({ file: relative, field: 'file name', message: `expected one of ${LOCALES.map(entryFileName).join(', ')}: ${why}` });
          continue;
        }
        const { data, body, bodyLine, problem } = readFrontmatter(path.join(folder, name), relative);
        if (problem) {
          problems.push(problem);
          continue;
        }
        const { problems: found, data: valid } = parsed(relative, schema, data);
        problems.push(...found);
        if (valid && collection === 'postings') read.postings.push({ id, locale: locale as Locale, data: valid as Posting });
        else if (valid) read.pages.push({ id, locale: locale as Locale, data: valid as Page });
        known.ids.add(id);
        bodies.push({ file: relative, locale: locale as Locale, body: body ?? '', line: bodyLine ?? 1, posting: collection === 'postings' });
        const slug = (data as { slug?: unknown }).slug;
        if (found.length === 0 && typeof slug === 'string') {
          const key: PageKey = collection === 'postings' ? { kind: 'posting', id } : (data as { kind?: string }).kind === 'benefit' ? { kind: 'benefit', id } : { kind: 'page', id };
          const url = pathFor(locale as Locale, key, slug);
          const owner = owners.get(url);
          if (owner) problems.push({ file: relative, field: 'slug', message: `the address ${url} is already used by ${owner}: choose another slug` });
          else owners.set(url, relative);
          known.paths.add(url);
        }
      }
    }
  }

  for (const { file, locale, body, line, posting } of bodies) problems.push(...checkBody(file, locale, body, line, known, { markdownWithLinks: posting }));

  for (const [file, schema] of [['teams.yaml', teamSchema], ['bus-routes.yaml', busRouteSchema], ['organization.yaml', organizationSchema]] as const) {
    const relative = shown('data', file);
    const full = path.join(contentDir, 'data', file);
    if (!existsSync(full)) {
      problems.push({ file: relative, field: 'file', message: 'missing' });
      continue;
    }
    let items: unknown;
    try {
      items = parse(readFileSync(full, 'utf8'));
    } catch (error) {
      problems.push({ file: relative, field: 'file', message: `invalid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    if (!Array.isArray(items)) {
      problems.push({ file: relative, field: 'file', message: 'expected a list of entries, each starting with "- id: …"' });
      continue;
    }
    items.forEach((item, index) => {
      const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : `#${index + 1}`;
      const { problems: found, data: valid } = parsed(relative, schema, item, id);
      problems.push(...found);
      if (valid && file === 'teams.yaml') read.teams.push(valid as z.output<typeof teamSchema>);
    });
  }
  return read;
}

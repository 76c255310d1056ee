/**
 * Scaffolds a new posting or page in every language: every field present, each with a
 * comment from the schema's own description, so the file explains itself. Fields an
 * editor must write are left empty, and the body's sections hold placeholders (⟦…⟧) under
 * headings in each file's own language: the content check lists exactly what is left to
 * write, file by file and line by line, and refuses the entry until every blank is
 * filled, so nothing of the scaffold can be published. What the scaffold cannot guess (the
 * type of contract) is asked for.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { isSlug } from '../i18n/routes.ts';
import { EMPLOYMENT_TYPES, pageSchema, postingSchema } from './schemas.ts';
import { entryFileName } from './location.ts';
import { isoDay, languageName } from '../lib/format.ts';

export type EntryKind = 'posting' | 'page';

export interface ScaffoldOptions {
  /** Required for a posting: one of the schema's employment types. */
  employmentType?: string;
  /** The slug of each translation (the original's is the id); unset ones are left blank. */
  slugs?: Partial<Record<Locale, string>>;
}

/** A posting's sections, as the bank's postings head them in each language. */
const POSTING_SECTIONS: Record<Locale, string[]> = {
  en: ['Your role and work environment', 'Your key responsibilities', 'What we are looking for', 'What we offer'],
  es: ['Tu rol y tu entorno de trabajo', 'Tus principales responsabilidades', 'Qué buscamos', 'Qué te ofrecemos'],
  fr: ['Votre rôle et votre environnement de travail', 'Vos principales missions', 'Ce que nous recherchons', 'Ce que nous vous offrons'],
  nl: ['Jouw rol en werkomgeving', 'Jouw belangrijkste verantwoordelijkheden', 'Wie we zoeken', 'Wat we je bieden'],
};

const placeholder = (what: string, locale: Locale) => `⟦${what}, in ${languageName(locale, DEFAULT_LOCALE)}⟧`;

type Described = { description?: string; shape?: Record<string, Described>; unwrap?: () => Described };

function describe(schema: unknown, field: string): string {
  const shape = (schema as { shape?: Record<string, Described> }).shape ?? (schema as { def?: { in?: { shape?: Record<string, Described> } } }).def?.in?.shape;
  return shape?.[field]?.description ?? '';
}

const today = () => isoDay(new Date());
const inDays = (days: number) => isoDay(new Date(Date.now() + days * 86_400_000));

function postingFile(id: string, locale: Locale, options: Required<ScaffoldOptions>): string {
  const schema = postingSchema;
  const c = (field: string) => `# ${describe(schema, field)}`;
  return `---
${c('title')}
title: ""
${c('slug')}
slug: ${slugOf(id, locale, options)}
${c('summary')}
summary: ""
${c('team')}
team: ""
${c('location')}
location:
  city: ""
  country: ES
${c('employmentType')}
employmentType: ${options.employmentType}
${c('workMode')}
workMode: hybrid
${c('datePosted')}
datePosted: ${today()}
${c('validThrough')}
validThrough: ${inDays(30)}
${c('applyUrl')}
applyUrl: ""
${c('contact')}
contact:
  name: ""
${c('benefits')}
benefits: []
${c('sourceLocale')}
sourceLocale: ${DEFAULT_LOCALE}
---

${POSTING_SECTIONS[locale].map((heading) => `## ${heading}\n\n${placeholder(`What to say under "${heading}"`, locale)}\n`).join('\n')}`;
}

function pageFile(id: string, locale: Locale, options: Required<ScaffoldOptions>): string {
  const c = (field: string) => `# ${describe(pageSchema, field)}`;
  return `---
${c('title')}
title: ""
${c('slug')}
slug: ${slugOf(id, locale, options)}
${c('description')}
description: ""
${c('kind')}
kind: page
${c('order')}
order: 0
${c('sourceLocale')}
sourceLocale: ${DEFAULT_LOCALE}
${c('showOriginal')}
showOriginal: false
---

${placeholder("The page's text, with ## headings for its sections", locale)}
`;
}

/** The original's slug is the id; a translation's is the one given, or left blank to be written. */
function slugOf(id: string, locale: Locale, options: Required<ScaffoldOptions>): string {
  if (locale === DEFAULT_LOCALE) return id;
  const slug = options.slugs[locale];
  return slug ? slug : '""';
}

export function scaffoldEntry(contentDir: string, kind: EntryKind, id: string, options: ScaffoldOptions = {}): string[] {
  if (!isSlug(id)) throw new Error(`"${id}" is not a valid id: use lowercase letters, digits and hyphens, like "data-analyst-intern"`);
  const employmentType = options.employmentType ?? '';
  if (kind === 'posting' && !(EMPLOYMENT_TYPES as readonly string[]).includes(employmentType))
    throw new Error(`--type: ${employmentType ? `"${employmentType}" is not` : 'required,'} one of ${EMPLOYMENT_TYPES.join(', ')} (the type of contract the posting offers)`);
  for (const [locale, slug] of Object.entries(options.slugs ?? {}))
    if (slug && !isSlug(slug)) throw new Error(`--slug ${locale}=${slug}: use lowercase letters, digits and hyphens, like "analista-de-datos"`);
  const filled: Required<ScaffoldOptions> = { employmentType, slugs: options.slugs ?? {} };
  const folder = path.join(contentDir, kind === 'posting' ? 'postings' : 'pages', id);
  if (existsSync(folder)) throw new Error(`${path.relative(process.cwd(), folder)} already exists: choose another id or edit that entry`);
  mkdirSync(folder, { recursive: true });
  return LOCALES.map((locale) => {
    const file = path.join(folder, entryFileName(locale));
    writeFileSync(file, kind === 'posting' ? postingFile(id, locale, filled) : pageFile(id, locale, filled));
    return file;
  });
}

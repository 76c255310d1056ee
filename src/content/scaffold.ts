/**
 * Scaffolds a new posting or page in every language: every field present, each with a
 * comment from the schema's own description, so the file explains itself. Fields an
 * editor must write are left empty on purpose: the content check then lists exactly
 * what is left to fill in, file by file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOCALES, DEFAULT_LOCALE, type Locale } from '../i18n/config.ts';
import { isSlug } from '../i18n/routes.ts';
import { pageSchema, postingSchema } from './schemas.ts';
import { entryFileName } from './location.ts';
import { isoDay } from '../lib/format.ts';

export type EntryKind = 'posting' | 'page';

type Described = { description?: string; shape?: Record<string, Described>; unwrap?: () => Described };

function describe(schema: unknown, field: string): string {
  const shape = (schema as { shape?: Record<string, Described> }).shape ?? (schema as { def?: { in?: { shape?: Record<string, Described> } } }).def?.in?.shape;
  return shape?.[field]?.description ?? '';
}

const today = () => isoDay(new Date());
const inDays = (days: number) => isoDay(new Date(Date.now() + days * 86_400_000));

function postingFile(id: string, locale: Locale): string {
  const schema = postingSchema;
  const c = (field: string) => `# ${describe(schema, field)}`;
  return `---
${c('title')}
title: ""
${c('slug')}
slug: ${id}
${c('summary')}
summary: ""
${c('team')}
team: ""
${c('location')}
location:
  city: ""
  country: ES
${c('employmentType')}
employmentType: FULL_TIME
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

${locale === DEFAULT_LOCALE ? '' : `{/* Translation of ${entryFileName(DEFAULT_LOCALE)}: keep the same sections, in this language. */}\n\n`}## Your role and work environment

## Your key responsibilities

## What we are looking for

## What we offer
`;
}

function pageFile(id: string, locale: Locale): string {
  const c = (field: string) => `# ${describe(pageSchema, field)}`;
  return `---
${c('title')}
title: ""
${c('slug')}
slug: ${id}
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

${locale === DEFAULT_LOCALE ? '' : `{/* Translation of ${entryFileName(DEFAULT_LOCALE)}: keep the same sections, in this language. */}\n\n`}## 
`;
}

export function scaffoldEntry(contentDir: string, kind: EntryKind, id: string): string[] {
  if (!isSlug(id)) throw new Error(`"${id}" is not a valid id: use lowercase letters, digits and hyphens, like "data-analyst-intern"`);
  const folder = path.join(contentDir, kind === 'posting' ? 'postings' : 'pages', id);
  if (existsSync(folder)) throw new Error(`${path.relative(process.cwd(), folder)} already exists: choose another id or edit that entry`);
  mkdirSync(folder, { recursive: true });
  return LOCALES.map((locale) => {
    const file = path.join(folder, entryFileName(locale));
    writeFileSync(file, kind === 'posting' ? postingFile(id, locale) : pageFile(id, locale));
    return file;
  });
}

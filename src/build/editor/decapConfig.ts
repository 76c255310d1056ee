/**
 * The visual editor's configuration (Decap CMS, at /admin/), generated from the zod
 * schemas every build, so the editor offers exactly the fields the build accepts: same
 * names, same choices, the same required fields, the schema's descriptions as hints.
 * Fields that must agree in every language (SHARED_FIELDS) are edited once and copied
 * into each translation. No Astro imports: the build integration and unit tests use it.
 */
import type { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALES } from '../../i18n/config.ts';
import { httpsUrl, pageSchema, postingSchema, slugSchema } from '../../content/schemas.ts';
import { SHARED_FIELDS } from '../../content/translations.ts';
import { ENTRY_FORMAT } from './browser/entryFormat.ts';

/** The part of a Decap field this project uses (https://decapcms.org/docs/widgets/). */
export interface DecapField {
  name: string;
  label: string;
  widget:
    | 'string'
    | 'text'
    | 'number'
    | 'boolean'
    | 'select'
    | 'datetime'
    | 'hidden'
    | 'object'
    | 'list'
    | 'markdown';
  required?: boolean;
  hint?: string;
  default?: unknown;
  i18n?: true | 'duplicate';
  pattern?: [string, string];
  options?: string[];
  multiple?: boolean;
  value_type?: 'int' | 'float';
  min?: number;
  format?: string;
  date_format?: string;
  time_format?: false;
  picker_utc?: boolean;
  fields?: DecapField[];
  modes?: string[];
}

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  path: string;
  extension: 'mdx';
  format: typeof ENTRY_FORMAT;
  create: true;
  i18n: true;
  identifier_field: 'title';
  summary: string;
  fields: DecapField[];
}

/** Where the editor saves: GitHub or Azure DevOps for editors, decap-server on this machine otherwise. */
export type DecapBackend =
  | { name: 'github'; repo: string; branch: string; base_url?: string }
  | { name: 'azure'; repo: string; branch: string; tenant_id: string; app_id: string }
  | { name: 'proxy'; proxy_url: string; branch: string };

export interface DecapConfig {
  backend: DecapBackend;
  publish_mode?: 'editorial_workflow';
  site_url: string;
  media_folder: string;
  public_folder: string;
  i18n: { structure: 'multiple_files'; locales: string[]; default_locale: string };
  slug: { encoding: 'ascii'; clean_accents: true; sanitize_replacement: '-' };
  collections: DecapCollection[];
}

/** Choices that live in content, not in the schema. */
export interface ContentChoices {
  teams: string[];
  benefits: string[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  in?: z.ZodType;
  out?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  entries?: Record<string, string>;
  checks?: {
    _zod: { def: { check: string; maximum?: number; format?: string; pattern?: RegExp } };
  }[];
  format?: string;
}

const DATE_PATTERN: [string, string] = [
  '^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$',
  'A date written YYYY-MM-DD, like 2027-01-31',
];

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/**
 * `.describe()` returns a copy, so a described field is not the shared schema itself; it
 * keeps the same refinement checks, which identify it.
 */
const derivedFrom = (schema: z.ZodType, shared: z.ZodType) => {
  const checks = defOf(shared).checks ?? [];
  return checks.length > 0 && (defOf(schema).checks ?? []).some((check) => checks.includes(check));
};

/** A date field: a pipe whose input, somewhere, is a string in ISO date format. */
function isDate(schema: z.ZodType): boolean {
  const def = defOf(schema);
  if (def.type === 'pipe') return isDate(def.in!) || isDate(def.out!);
  return def.type === 'string' && def.format === 'date';
}

/** `validThrough` → `Valid through`, `payRange.min` → `Min`. */
const label = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/^./, (first) => first.toUpperCase())
    .replace(/ ([A-Z])(?=[a-z])/g, (_, letter: string) => ` ${letter.toLowerCase()}`)
    .replace(/\burl\b/i, 'URL');

const SLUG_PATTERN: [string, string] = [
  '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  'Lowercase words joined by hyphens, like backend-engineer-intern',
];
const HTTPS_PATTERN: [string, string] = ['^https://', 'A link starting with https://'];

function maxLength(def: Def): number | undefined {
  return def.checks?.map((check) => check._zod.def).find((check) => check.check === 'max_length')
    ?.maximum;
}

/** A regular expression the schema checks, for the editor to check while typing. */
function regexOf(def: Def): [string, string] | undefined {
  if (def.format === 'email') return ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', 'An email address'];
  const pattern = def.checks
    ?.map((check) => check._zod.def)
    .find((check) => check.format === 'regex')?.pattern;
  return pattern ? [pattern.source, `Must match ${pattern.source}`] : undefined;
}

function isInt(def: Def): boolean {
  return (
    def.checks?.some((check) => check._zod.def.format === 'safeint') ?? def.format === 'safeint'
  );
}

function field(
  name: string,
  path: string,
  schema: z.ZodType,
  shared: readonly string[],
  choices: ContentChoices,
  parentOptional = false,
): DecapField {
  let current = schema;
  // Decap checks the fields of an optional object even when it is left empty, so inside
  // one nothing is required here; the build still rejects a half-filled pay range.
  let required = !parentOptional;
  let fallback: unknown;
  let hint = current.description;
  // Unwrap optional and default, keeping what they say about the field.
  for (
    let def = defOf(current);
    def.type === 'optional' || def.type === 'default';
    def = defOf(current)
  ) {
    required = false;
    if (def.type === 'default') fallback = def.defaultValue;
    current = def.innerType!;
    hint ??= current.description;
  }
  const base: DecapField = {
    name,
    label: label(name),
    widget: 'string',
    ...(required ? {} : { required: false }),
    ...(hint ? { hint } : {}),
  };
  if (fallback !== undefined) base.default = fallback;
  const translated = !shared.some(
    (sharedPath) => sharedPath === path || path.startsWith(`${sharedPath}.`),
  );
  const i18n: DecapField['i18n'] = translated ? true : 'duplicate';
  const def = defOf(current);

  if (path === 'team') return { ...base, i18n, widget: 'select', options: choices.teams };
  // Kept as it is, written only by npm run i18n:status -- --reviewed.
  if (path === 'reviewedAgainst') return { ...base, i18n, widget: 'hidden' };
  if (path === 'benefits')
    return { ...base, i18n, widget: 'select', multiple: true, options: choices.benefits };
  // Typed as text, not picked: Decap's date widget shows the browser's date format and
  // read "01/31/2027", typed digit by digit, as 1907-01-31. The pattern holds it to the
  // form the build reads.
  if (isDate(current)) return { ...base, i18n, widget: 'string', pattern: DATE_PATTERN };
  if (derivedFrom(current, httpsUrl))
    return { ...base, i18n, widget: 'string', pattern: HTTPS_PATTERN };
  if (derivedFrom(current, slugSchema))
    return { ...base, i18n, widget: 'string', pattern: SLUG_PATTERN };
  switch (def.type) {
    case 'enum':
      return { ...base, i18n, widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'boolean':
      return { ...base, i18n, widget: 'boolean' };
    case 'number':
      return { ...base, i18n, widget: 'number', value_type: isInt(def) ? 'int' : 'float', min: 0 };
    case 'string': {
      const pattern = regexOf(def);
      // Long texts (summaries, descriptions) get a text area.
      return {
        ...base,
        i18n,
        widget: (maxLength(def) ?? 0) >= 200 ? 'text' : 'string',
        ...(pattern ? { pattern } : {}),
      };
    }
    case 'object':
      return {
        ...base,
        i18n: true,
        widget: 'object',
        fields: Object.entries(def.shape ?? {}).map(([child, childSchema]) =>
          field(child, `${path}.${child}`, childSchema, shared, choices, !required),
        ),
      };
    default:
      throw new Error(
        `The visual editor has no widget for ${path} (zod type "${def.type}"): add one in src/build/editor/decapConfig.ts`,
      );
  }
}

function fieldsOf(
  schema: z.ZodType,
  collection: 'postings' | 'pages',
  choices: ContentChoices,
): DecapField[] {
  const shape = defOf(schema).shape ?? {};
  const shared = SHARED_FIELDS[collection] ?? [];
  return [
    ...Object.entries(shape).map(([name, fieldSchema]) =>
      field(name, name, fieldSchema, shared, choices),
    ),
    // MDX bodies hold components such as <Link to="…">, which a rich-text editor would escape.
    {
      name: 'body',
      label: 'Body',
      widget: 'markdown',
      i18n: true,
      modes: ['raw'],
      hint: 'Markdown. Headings start at ##; link to other pages with <Link to="id">text</Link>.',
    },
  ];
}

/** A folder of entries, one file per language where the build reads it. */
function entryCollection(
  name: 'postings' | 'pages',
  schema: z.ZodType,
  choices: ContentChoices,
  labels: Pick<DecapCollection, 'label' | 'label_singular' | 'description' | 'summary'>,
): DecapCollection {
  return {
    name,
    ...labels,
    folder: `content/${name}`,
    // With the "multiple_files" structure: content/<name>/<id>/index.<locale>.mdx.
    path: '{{slug}}/index',
    extension: 'mdx',
    // YAML frontmatter and body, written back with only the fields that changed: the page
    // registers this format (browser/entryFormat.ts). Decap's own "frontmatter" format has
    // no option for line width, list style or comments, and rewrites every language file.
    format: ENTRY_FORMAT,
    create: true,
    i18n: true,
    identifier_field: 'title',
    fields: fieldsOf(schema, name, choices),
  };
}

export function decapConfig(options: {
  backend: DecapBackend;
  siteUrl: string;
  choices: ContentChoices;
}): DecapConfig {
  return {
    backend: options.backend,
    // Every change becomes a pull request that CI checks, where the backend supports it.
    ...(options.backend.name === 'github' ? { publish_mode: 'editorial_workflow' as const } : {}),
    site_url: options.siteUrl,
    media_folder: 'public/images',
    public_folder: '/images',
    i18n: { structure: 'multiple_files', locales: [...LOCALES], default_locale: DEFAULT_LOCALE },
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      entryCollection('postings', postingSchema, options.choices, {
        label: 'Job postings',
        label_singular: 'Job posting',
        description:
          'One entry per position, in every language. A posting closes itself the day after "Valid through".',
        summary: '{{title}} · {{location.city}} · until {{validThrough}}',
      }),
      entryCollection('pages', pageSchema, options.choices, {
        label: 'Pages and benefits',
        label_singular: 'Page',
        description:
          'About us, the equal-opportunity statement, privacy, and one page per benefit.',
        summary: '{{title}} ({{kind}})',
      }),
    ],
  };
}

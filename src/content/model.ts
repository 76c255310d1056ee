/**
 * The content model: every content file read once (files.ts), checked once, and
 * returned as one typed model with every problem found. Whatever the site shows, lists,
 * feeds, indexes or draws comes from here; nothing downstream reads content files or
 * re-checks them, and nothing throws a content error in the middle of rendering.
 *
 * Checks, in the order that keeps messages honest: the schema of each file and data
 * entry; its body (bodyRules.ts); references (team, benefits, link targets) before
 * translations agreeing, so no message asks to copy a wrong value; missing translations
 * by policy; then the addresses every page would be published at (clashes, reserved).
 *
 * Lifecycle: a posting is scheduled before its datePosted (absent from every output),
 * open through its validThrough day, closed after it (its page stays, noindex).
 */
import path from 'node:path';
import type { z } from 'astro/zod';
import { LOCALES, type Locale } from '../i18n/config.ts';
import { SECTION_PAGES, pathFor, type PageKey } from '../i18n/routes.ts';
import { buildDay, type MissingTranslationPolicy, type PayTransparencyPolicy } from '../settings.ts';
import { checkPageBody, checkPostingBody, type BodyContext } from './bodyRules.ts';
import { checkMedia, checkPublicFiles } from './media.ts';
import { missingPayRanges, payTransparencyOutcome, type PayCheckedPosting } from './payTransparency.ts';
import { readContentFiles, type Collection, type DataName, type EntryFile } from './files.ts';
import { entryFile, entryFileName } from './location.ts';
import { sortProblems, type ContentProblem } from './problems.ts';
import { cachedBodyCheck, type ReadCache } from './readCache.ts';
import { busRouteSchema, organizationSchema, pageSchema, postingSchema, teamSchema, type Page, type Posting } from './schemas.ts';
import { translationsAgree } from './translations.ts';
import { hasTypography, typeset } from '../i18n/typography.ts';
import { isoDay } from '../lib/format.ts';

export type Team = z.output<typeof teamSchema>;
export type BusRoute = z.output<typeof busRouteSchema>;
export type Organization = z.output<typeof organizationSchema>;
export type PostingStatus = 'scheduled' | 'open' | 'closed';

/** One language version of an entry, as the schema outputs it. */
export interface ContentVersion<Data> {
  /** `<entry id>/<locale>`: the entry's id in its Astro collection. */
  id: string;
  entryId: string;
  locale: Locale;
  /** As editors see it: `content/postings/<id>/index.es.mdx`. */
  file: string;
  /** Relative to the project, for the file's dates and the loaders. */
  filePath: string;
  data: Data;
}

/** What a locale shows of an entry: its own translation, or the source standing in for it. */
export interface ShownVersion<Data> {
  locale: Locale;
  version: ContentVersion<Data>;
  fallback: boolean;
  path: string;
}

interface ModelEntry<Data> {
  id: string;
  sourceLocale: Locale;
  versions: Partial<Record<Locale, ContentVersion<Data>>>;
  /** One per locale, in LOCALES order. */
  shown: ShownVersion<Data>[];
}

export interface ModelPosting extends ModelEntry<Posting> {
  status: Exclude<PostingStatus, 'scheduled'>;
  /** The team's name in each locale (content/data/teams.yaml). */
  teamName: Record<Locale, string>;
}

export interface ModelPage extends ModelEntry<Page> {
  kind: Page['kind'];
}

export interface ContentModel {
  /** The build's day, YYYY-MM-DD: what open, closed and scheduled are measured against. */
  today: string;
  postings: ModelPosting[];
  /** Postings before their datePosted: in no output at all until that day's build. */
  scheduled: { id: string; datePosted: string }[];
  pages: ModelPage[];
  teams: Team[];
  busRoutes: BusRoute[];
  organization: Organization | undefined;
  problems: ContentProblem[];
  /** Lines to print that do not stop the build (PAY_TRANSPARENCY=warn), sorted. */
  warnings: ContentProblem[];
}

/** What the content loaders need besides the model: each version's body and file. */
export interface ContentSource {
  collection: Collection;
  /** Absolute; MDX pages are compiled from their file. */
  absolutePath: string;
  /** Postings: the Markdown the build renders (`<Link>` as links); pages: the MDX body. */
  body: string;
  /**
   * Of the whole file. Kept out of the model the pages import: Astro renders every page
   * again when the code it bundles changes, and a body edit must re-render one page only.
   */
  digest: string;
}

export interface ModelOptions {
  contentDir: string;
  publicDir: string;
  today: string;
  missingTranslation: MissingTranslationPolicy;
  /** A posting in the EU without a pay range: a warning (the default) or a problem. */
  payTransparency?: PayTransparencyPolicy;
  /** Where paths in messages start (`content`, whatever folder the build reads). */
  displayRoot?: string;
  /** `astro dev`: what the last read parsed and checked, kept for the next (readCache.ts). */
  cache?: ReadCache;
  /** The project's root, for file paths relative to it. */
  root?: string;
}

/** First path segments under /<locale>/ that the site itself uses or that hosts reserve. */
export const RESERVED_SEGMENTS = ['404', 'feeds', 'og', 'admin', 'pagefind', 'translation-status', 'index', 'assets'] as const;

/** The prose of an entry's frontmatter, typeset for its language (French no-break spaces); ids, URLs and dates untouched. */
function typesetEntry<Data extends Posting | Page>(locale: Locale, data: Data): Data {
  if (!hasTypography(locale)) return data;
  const text = (value: string) => typeset(locale, value);
  if ('summary' in data) {
    return { ...data, title: text(data.title), summary: text(data.summary), location: { ...data.location, city: text(data.location.city) }, contact: { ...data.contact, name: text(data.contact.name) } };
  }
  return { ...data, title: text(data.title), description: text(data.description) };
}

/** A name given in every language, typeset for each. */
function typesetNames<Item extends { name: Record<Locale, string> }>(item: Item): Item {
  return { ...item, name: Object.fromEntries(LOCALES.map((locale) => [locale, typeset(locale, item.name[locale])])) as Record<Locale, string> };
}

export function postingStatus(posting: Pick<Posting, 'datePosted' | 'validThrough'>, today: string): PostingStatus {
  if (today < isoDay(posting.datePosted)) return 'scheduled';
  return today <= isoDay(posting.validThrough) ? 'open' : 'closed';
}

type SchemaDef = { type: string; shape?: Record<string, z.ZodType>; innerType?: z.ZodType; in?: z.ZodType };
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;

/** The fields of an object schema, through the wrappers a field can have (optional, default, transforms). */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(schema);
  if (def.shape) return def.shape;
  const inner = def.innerType ?? def.in;
  return inner ? shapeOf(inner) : undefined;
}

/**
 * The visual editor writes an optional field it was given no value for as `null`, or as
 * `""` once cleared; both mean the field is left out, as a hand-written file would leave it.
 * Required fields keep what they hold, so their own message says what is missing.
 */
function withoutBlankOptionals(schema: z.ZodType, value: unknown): unknown {
  const shape = shapeOf(schema);
  if (!shape || value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(
    Object.entries(value).flatMap(([key, item]) => {
      const field = shape[key];
      if (!field) return [[key, item]];
      const optional = ['optional', 'default'].includes(defOf(field).type);
      if (optional && (item === null || item === '')) return [];
      return [[key, withoutBlankOptionals(field, item)]];
    }),
  );
}

function parsed<Schema extends z.ZodType>(file: string, schema: Schema, data: unknown, prefix = ''): { problems: ContentProblem[]; data?: z.output<Schema> } {
  const result = schema.safeParse(data);
  if (result.success) return { problems: [], data: result.data };
  const problems = result.error.issues.map((issue) => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || 'frontmatter';
    if (issue.code === 'unrecognized_keys') {
      const fields = issue.keys.map((key) => [field === 'frontmatter' ? '' : field, key].filter(Boolean).join('.')).join(', ');
      return { file, field: fields, message: 'unknown field (check the spelling; see the fields in the scaffold or the editor guide)' };
    }
    return { file, field, message: issue.message };
  });
  return { problems };
}

export function readContentModel(options: ModelOptions): { model: ContentModel; sources: Map<string, ContentSource> } {
  const root = options.root ?? process.cwd();
  const files = readContentFiles(options.contentDir, options.displayRoot, options.cache);
  const problems: ContentProblem[] = [...files.problems, ...checkMedia(options.publicDir), ...checkPublicFiles(options.publicDir)];
  const sources = new Map<string, ContentSource>();

  const dataItems = <Schema extends z.ZodType>(name: DataName, schema: Schema): z.output<Schema>[] => {
    const dataFile = files.data[name];
    if (!dataFile) return [];
    return dataFile.items.flatMap((item, index) => {
      const id = item && typeof item === 'object' && 'id' in item ? String((item as { id: unknown }).id) : `#${index + 1}`;
      const result = parsed(dataFile.file, schema, item, id);
      problems.push(...result.problems);
      return result.data === undefined ? [] : [result.data];
    });
  };
  const teams = dataItems('teams', teamSchema).map(typesetNames);
  const busRoutes = dataItems('busRoutes', busRouteSchema).map(typesetNames);
  const organization = dataItems('organization', organizationSchema)[0];

  // Each file against its schema; valid versions grouped by entry.
  const groups = { postings: new Map<string, Map<Locale, ContentVersion<Posting>>>(), pages: new Map<string, Map<Locale, ContentVersion<Page>>>() };
  const bodies: { entry: EntryFile; versionId: string }[] = [];
  /** Files that exist, valid or not: an invalid one is reported as such, not as missing. */
  const present = files.versionFiles;
  for (const entry of files.entries) {
    const schema = entry.collection === 'postings' ? postingSchema : pageSchema;
    const result = parsed(entry.file, schema, withoutBlankOptionals(schema, entry.frontmatter));
    // A team is a choice: its message lists the teams there are, whatever was wrong with it.
    const team = (entry.frontmatter as { team?: unknown } | null)?.team;
    problems.push(
      ...result.problems.map((problem) =>
        problem.field === 'team' ? { ...problem, message: `expected a team id from content/data/teams.yaml (${teams.map((known) => known.id).sort().join(', ') || 'none yet'}), got ${JSON.stringify(team ?? null)}` } : problem,
      ),
    );
    bodies.push({ entry, versionId: `${entry.id}/${entry.locale}` });
    if (result.data === undefined) continue;
    const version = {
      id: `${entry.id}/${entry.locale}`,
      entryId: entry.id,
      locale: entry.locale,
      file: entry.file,
      filePath: path.relative(root, entry.absolutePath).split(path.sep).join('/'),
      data: typesetEntry(entry.locale, result.data),
    };
    const group = groups[entry.collection] as Map<string, Map<Locale, typeof version>>;
    group.set(entry.id, (group.get(entry.id) ?? new Map()).set(entry.locale, version));
  }

  const teamNames = new Map(teams.map((team) => [team.id, team.name]));
  const applyHosts = new Set(organization?.applyHosts ?? []);
  const emailDomains = new Set(organization?.contactEmailDomains ?? []);
  const listed = (values: Set<string>) => [...values].sort().join(', ') || 'none yet';
  const benefitIds = new Set([...groups.pages].filter(([, versions]) => [...versions.values()].some((version) => version.data.kind === 'benefit')).map(([id]) => id));
  const folder = (collection: Collection, id: string) => `${options.displayRoot ?? 'content'}/${collection}/${id}/`;

  /** Source language, references, agreement and missing translations of one entry. */
  const resolve = <Data extends Posting | Page>(collection: Collection, id: string, versions: Map<Locale, ContentVersion<Data>>) => {
    const byLocale = Object.fromEntries(versions) as Partial<Record<Locale, ContentVersion<Data>>>;
    const sourceLocale = (byLocale.en ?? [...versions.values()][0]!).data.sourceLocale;
    const source = byLocale[sourceLocale];
    const wrong = new Set<string>();
    if (collection === 'postings') {
      for (const version of versions.values()) {
        const posting = version.data as Posting;
        if (!teamNames.has(posting.team)) {
          problems.push({ file: version.file, field: 'team', message: `expected a team id from content/data/teams.yaml (${[...teamNames.keys()].sort().join(', ') || 'none yet'}), got "${posting.team}"` });
          wrong.add('team');
        }
        const applyHost = new URL(posting.applyUrl).hostname;
        if (!applyHosts.has(applyHost)) {
          problems.push({ file: version.file, field: 'applyUrl', message: `${applyHost} is not an apply host in content/data/organization.yaml (${listed(applyHosts)}): link to the applicant tracking system, or have the host added there` });
          wrong.add('applyUrl');
        }
        const emailDomain = posting.contact.email?.split('@')[1]?.toLowerCase();
        if (emailDomain !== undefined && !emailDomains.has(emailDomain)) {
          problems.push({ file: version.file, field: 'contact.email', message: `${emailDomain} is not a contact domain in content/data/organization.yaml (${listed(emailDomains)}): use the bank's address, or have the domain added there` });
          wrong.add('contact.email');
        }
        for (const benefit of posting.benefits) {
          if (!benefitIds.has(benefit)) {
            problems.push({ file: version.file, field: 'benefits', message: `"${benefit}" is not a benefit page in content/pages/ (the benefit pages are ${[...benefitIds].sort().join(', ') || 'none yet'})` });
            wrong.add('benefits');
          }
        }
      }
    }
    if (!source) {
      problems.push({ file: folder(collection, id), field: 'sourceLocale', message: `the files say the original is ${sourceLocale}, but ${entryFileName(sourceLocale)} is missing` });
      return undefined;
    }
    problems.push(...translationsAgree(collection, id, sourceLocale, byLocale, wrong));
    const shown: { locale: Locale; version: ContentVersion<Data>; fallback: boolean }[] = [];
    for (const locale of LOCALES) {
      const own = byLocale[locale];
      if (own) shown.push({ locale, version: own, fallback: false });
      else if (options.missingTranslation === 'fallback') shown.push({ locale, version: source, fallback: true });
      else if (!present.has(entryFile(collection, id, locale))) problems.push({ file: entryFile(collection, id, locale), field: 'file', message: 'missing translation. Add the file, or build with MISSING_TRANSLATION=fallback to show the original with a notice.' });
    }
    return { sourceLocale, byLocale, source, shown };
  };

  const postings: ModelPosting[] = [];
  const scheduled: ContentModel['scheduled'] = [];
  const payChecked: PayCheckedPosting[] = [];
  for (const [id, versions] of [...groups.postings].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const resolved = resolve('postings', id, versions);
    if (!resolved) continue;
    const status = postingStatus(resolved.source.data, options.today);
    payChecked.push({ file: resolved.source.file, status, data: resolved.source.data });
    if (status === 'scheduled') {
      scheduled.push({ id, datePosted: isoDay(resolved.source.data.datePosted) });
      continue;
    }
    const key: PageKey = { kind: 'posting', id };
    const names = teamNames.get(resolved.source.data.team);
    postings.push({
      id,
      sourceLocale: resolved.sourceLocale,
      versions: resolved.byLocale,
      status,
      teamName: names ?? (Object.fromEntries(LOCALES.map((locale) => [locale, resolved.source.data.team])) as Record<Locale, string>),
      shown: resolved.shown.map((shown) => ({ ...shown, path: pathFor(shown.locale, key, shown.version.data.slug) })),
    });
  }
  const pages: ModelPage[] = [];
  for (const [id, versions] of [...groups.pages].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const resolved = resolve('pages', id, versions);
    if (!resolved) continue;
    const kind = resolved.source.data.kind;
    const key: PageKey = kind === 'benefit' ? { kind: 'benefit', id } : { kind: 'page', id };
    pages.push({ id, kind, sourceLocale: resolved.sourceLocale, versions: resolved.byLocale, shown: resolved.shown.map((shown) => ({ ...shown, path: pathFor(shown.locale, key, shown.version.data.slug) })) });
  }

  // Addresses: one owner each, and none the site or its hosts keep for themselves.
  const owners = new Map<string, string>();
  for (const locale of LOCALES) for (const kind of SECTION_PAGES) owners.set(pathFor(locale, { kind }), `the site's ${kind} page`);
  for (const entry of [...postings, ...pages]) {
    for (const { locale, version, fallback, path: address } of entry.shown) {
      const file = fallback ? entryFile(version.file.split('/')[1]!, entry.id, locale) : version.file;
      const segment = address.split('/')[2]!;
      // For a posting this is its list's segment (`jobs`), never a reserved one; for a page, its slug.
      const reservedSegment = (RESERVED_SEGMENTS as readonly string[]).includes(segment);
      if (reservedSegment) {
        problems.push({ file: version.file, field: 'slug', message: `"${segment}" is kept for the site's own files (${RESERVED_SEGMENTS.join(', ')}): choose another slug` });
        continue;
      }
      const owner = owners.get(address);
      if (owner && !fallback) problems.push({ file, field: 'slug', message: `the address ${address} is already used by ${owner}: choose another slug` });
      else if (owner) problems.push({ file: version.file, field: 'slug', message: `the address ${address} (shown in ${locale} until ${entryFileName(locale)} exists) is already used by ${owner}: choose another slug` });
      else owners.set(address, file);
    }
  }

  // Bodies last: their <Link> targets are the entries that will have pages.
  const linkTargets = new Set<string>([...SECTION_PAGES, ...postings.map((posting) => posting.id), ...pages.map((page) => page.id)]);
  const unlinkable = new Map(scheduled.map(({ id, datePosted }) => [id, `that posting is scheduled for ${datePosted} and has no page until then`]));
  // What a body's check depends on besides its text, for the preview's cache (readCache.ts).
  const targetsKey = [...linkTargets, ...unlinkable.keys()].join('\n');
  for (const { entry, versionId } of bodies) {
    const context: BodyContext = { file: entry.file, firstLine: entry.bodyLine, linkTargets, unlinkable, publicDir: options.publicDir };
    const checked = cachedBodyCheck(options.cache, entry.absolutePath, entry.body, `${entry.file}\n${entry.bodyLine}\n${targetsKey}`, () =>
      entry.collection === 'postings' ? checkPostingBody(entry.body, context) : { problems: checkPageBody(entry.body, context), markdown: entry.body },
    );
    problems.push(...checked.problems);
    // Postings: the Markdown the build renders (<Link> as links); pages: the MDX body.
    sources.set(versionId, { collection: entry.collection, absolutePath: entry.absolutePath, body: checked.markdown, digest: entry.digest });
  }

  // The translations carry the same pay range (translations.ts): the source file speaks for the posting.
  const pay = payTransparencyOutcome(options.payTransparency ?? 'warn', missingPayRanges(payChecked));
  problems.push(...pay.problems);

  return { model: { today: options.today, postings, scheduled, pages, teams, busRoutes, organization, problems: sortProblems(problems), warnings: sortProblems(pay.warnings) }, sources };
}

/** The problems a build today would report for a content folder: for scripts and tests. */
export function contentProblems(contentDir: string, options: Partial<ModelOptions> = {}): ContentProblem[] {
  return readContentModel({ contentDir, publicDir: 'public', today: buildDay(), missingTranslation: 'error', ...options }).model.problems;
}

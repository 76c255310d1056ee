/**
 * Content schemas: the contract between editors' files and the site.
 * Pure zod (no astro:content import) so unit tests and scripts can use them.
 * `.describe()` texts are shown to editors (scaffold comments, editor guide).
 */
import { z } from 'astro/zod';
import { LANGUAGES, LOCALES, isLocale, type Locale } from '../i18n/config.ts';
import { isSlug } from '../i18n/routes.ts';

const localeSchema = z.enum(LOCALES, {
  error: (issue) => `expected one of ${LOCALES.join(', ')}, got ${JSON.stringify(issue.input)}`,
});

export const slugSchema = z
  .string()
  .refine(isSlug, { error: (issue) => `expected lowercase words joined by hyphens, like "backend-engineer-intern", got ${JSON.stringify(issue.input)}` });

const text = (what: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `${what} is required` : `expected text, got ${JSON.stringify(issue.input)}`) }).trim().min(1, { error: `${what} must not be empty` });

/**
 * A calendar date written as YYYY-MM-DD. YAML already turns an unquoted date into a Date;
 * a quoted one stays a string. Both are accepted; anything else is rejected with an example.
 */
export const calendarDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.iso
    .date({ error: (issue) => (issue.input === undefined ? 'required: a date like 2026-12-31' : `expected a date like 2026-12-31, got ${JSON.stringify(issue.input)}`) })
    .transform((value) => new Date(`${value}T00:00:00Z`)),
);

/** https only: a `javascript:`, `data:` or plain `http:` link must never reach a button. */
export const httpsUrl = z
  .string({ error: 'expected a link starting with https://' })
  .refine(
    (value) => {
      try {
        return new URL(value).protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: (issue) => `expected a link starting with https://, got ${JSON.stringify(issue.input)}` },
  );

/** Values from schema.org JobPosting.employmentType, so JSON-LD can use them as they are. */
export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'CONTRACTOR', 'TEMPORARY', 'INTERN', 'VOLUNTEER', 'PER_DIEM', 'OTHER'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const WORK_MODES = ['onsite', 'hybrid', 'remote'] as const;
export type WorkMode = (typeof WORK_MODES)[number];

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: (issue) => (issue.input === undefined ? `required: one of ${values.join(', ')}` : `expected one of ${values.join(', ')}, got ${JSON.stringify(issue.input)}`) });

/** schema.org unitText values, so JSON-LD can use them as they are. */
export const PAY_PERIODS = ['YEAR', 'MONTH', 'HOUR'] as const;
export type PayPeriod = (typeof PAY_PERIODS)[number];

/** Whether the amounts are before (gross) or after (net) tax and social security. */
export const PAY_BASES = ['gross', 'net'] as const;

/** The currencies Intl can format: ISO 4217 codes, so "EURO" or "eur" fail here, not on a page. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

const amount = (field: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `${field} is required` : `expected a number like 22000 (no currency sign, no thousands separator), got ${JSON.stringify(issue.input)}`) })
    .positive({ error: `${field} must be more than 0` })
    .describe(`${field === 'min' ? 'Lowest' : 'Highest'} amount of the range, a plain number such as 22000.`);

/**
 * The pay range of the vacancy notice (EU directive 2023/970): every fact in it is the
 * same in every language (translations.ts), and formatted per language by the site.
 */
export const payRangeSchema = z
  .strictObject({
    min: amount('min'),
    max: amount('max'),
    currency: z
      .string({ error: 'required: a currency code like EUR' })
      .regex(/^[A-Z]{3}$/, { error: (issue) => `expected a three-letter currency code like EUR, got ${JSON.stringify(issue.input)}` })
      .refine((code) => CURRENCIES.has(code), { error: (issue) => `expected an ISO 4217 currency code like EUR, got ${JSON.stringify(issue.input)}` })
      .describe('ISO 4217 currency code, e.g. EUR.'),
    period: oneOf(PAY_PERIODS).describe(`What the amounts are paid for: ${PAY_PERIODS.join(', ')}.`),
    basis: oneOf(PAY_BASES).optional().describe('gross or net, when the posting says which; left out, the site says neither.'),
  })
  // Zod runs this refinement only once both amounts parsed as numbers (a posting's dates
  // differ: see postingSchema).
  .refine((range) => range.max >= range.min, {
    error: (issue) => {
      const range = issue.input as { min: number; max: number };
      return `must not be below payRange.min (${range.min}), got ${range.max}`;
    },
    path: ['max'],
  });

export type PayRange = z.infer<typeof payRangeSchema>;

/**
 * A translation reviewed against its original without a change of its own: the original's
 * fingerprint at that review (`npm run i18n:status -- --reviewed <entry> <language>` writes
 * it), so a typo fix in the original needs no fake edit of every translation.
 */
const reviewedAgainst = z
  .string()
  .regex(/^[A-Za-z0-9_-]{12}$/, { error: (issue) => `expected the fingerprint npm run i18n:status -- --reviewed writes, got ${JSON.stringify(issue.input)}` })
  .optional()
  .describe('Written by npm run i18n:status -- --reviewed: the original this translation was last checked against. Leave it to the command.');

export const postingSchema = z
  .strictObject({
    title: text('title').describe('Job title as candidates search for it; gender-neutral where the language allows.'),
    slug: slugSchema.describe('Last part of the URL in this language, e.g. "backend-engineer-intern".'),
    summary: text('summary').max(200, { error: 'summary must be at most 200 characters (it is the search-result snippet)' }).describe('One or two sentences shown in listings, link previews and search results.'),
    team: slugSchema.describe('Team id from content/data/teams.yaml, e.g. "it-engineering".'),
    location: z
      .strictObject({
        city: text('location.city').describe('City, as written in this language.'),
        country: z
          .string()
          .regex(/^[A-Z]{2}$/, { error: (issue) => `expected a two-letter country code like ES, got ${JSON.stringify(issue.input)}` })
          .describe('ISO 3166 two-letter country code, e.g. ES.'),
      })
      .describe('Where the job is based.'),
    employmentType: oneOf(EMPLOYMENT_TYPES).describe(`One of ${EMPLOYMENT_TYPES.join(', ')}.`),
    workMode: oneOf(WORK_MODES).describe(`One of ${WORK_MODES.join(', ')}.`),
    // The notes recruitment wrote above these fields in hand-written files, as rules every
    // editor sees: the visual editor's form shows descriptions, never a file's comments.
    datePosted: calendarDate.describe('Publication date, YYYY-MM-DD. When the published posting gives no dates, this site’s own publication date.'),
    validThrough: calendarDate.describe('Last day applications are accepted, YYYY-MM-DD. The posting closes itself after it. When the published posting gives no dates, this site’s own closing date.'),
    applyUrl: httpsUrl.describe('Where "Apply" leads: the application form in the applicant tracking system (https only). When the published posting gives no link, ING’s careers site, https://www.ing.jobs/, until recruitment has the requisition’s link.'),
    contact: z
      .strictObject({
        name: text('contact.name').describe('Who answers questions, e.g. the recruitment team.'),
        email: z.email({ error: (issue) => `expected an email address, got ${JSON.stringify(issue.input)}` }).optional().describe('Optional address for questions.'),
      })
      .describe('Who candidates can ask.'),
    payRange: payRangeSchema.optional().describe('The pay range, as the posting states it. Leave it out when the posting gives none: it is never estimated. Required by law in EU vacancy notices from June 2026 (PAY_TRANSPARENCY).'),
    benefits: z.array(slugSchema).default([]).describe('Ids of benefit pages (content/pages/<id>) this posting mentions, in the order to show them.'),
    sourceLocale: localeSchema.describe('Language this posting was written in; the other files are its translations.'),
    reviewedAgainst: reviewedAgainst,
  })
  // Zod runs this refinement even when a date failed to parse; only compare two real dates.
  .refine((posting) => !(posting.validThrough instanceof Date && posting.datePosted instanceof Date) || posting.validThrough.getTime() >= posting.datePosted.getTime(), {
    error: 'validThrough must not be before datePosted',
    path: ['validThrough'],
  });

export type Posting = z.infer<typeof postingSchema>;

export const PAGE_KINDS = ['page', 'benefit'] as const;

export const pageSchema = z.strictObject({
  title: text('title').describe('Page title, also the main heading.'),
  slug: slugSchema.describe('Last part of the URL in this language.'),
  description: text('description').max(200, { error: 'description must be at most 200 characters' }).describe('One or two sentences for search results, link previews and cards.'),
  kind: oneOf(PAGE_KINDS).describe('"benefit" pages are listed under Benefits; "page" pages stand alone (about us, equal opportunity).'),
  order: z.number().int().nonnegative().default(0).describe('Position among benefits (smallest first).'),
  sourceLocale: localeSchema.describe('Language this page was written in; the other files are its translations.'),
  reviewedAgainst: reviewedAgainst,
  showOriginal: z.boolean().default(false).describe('Show the original-language text beside translations (e.g. the French equal-opportunity statement).'),
});

export type Page = z.infer<typeof pageSchema>;

/**
 * A text given in every language the site publishes; missing one is an error, so no page
 * shows an empty label. A language the code speaks but the site does not publish yet
 * may be given ahead of its launch. Records hold the published languages: no page asks
 * for another.
 */
export const localizedText = z.strictObject(
  Object.fromEntries(LANGUAGES.map((locale) => [locale, isLocale(locale) ? text(locale) : text(locale).optional()])) as Record<Locale, ReturnType<typeof text>>,
);

export const teamSchema = z.strictObject({
  id: slugSchema,
  name: localizedText,
});

export const busRouteSchema = z.strictObject({
  id: slugSchema,
  order: z.number().int().nonnegative().describe('Position in lists and the schematic (smallest first), as the posting names the routes.'),
  name: localizedText.describe('Route name in each language, as the source gives it.'),
  kind: oneOf(['area', 'motorway'] as const).describe('"area" for the parts of the city (North, Centre, South); "motorway" for the routes named after a road (A5, A42, A6).'),
});

export const organizationSchema = z.strictObject({
  id: slugSchema,
  name: text('name').describe('Name of the hiring organization as candidates know it.'),
  sameAs: z.array(httpsUrl).default([]).describe("The organization's official sites and profiles (https)."),
  applyHosts: z
    .array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: (issue) => `expected a host name like www.ing.jobs, got ${JSON.stringify(issue.input)}` }))
    .default([])
    .describe('The only hosts an Apply link may lead to (the applicant tracking system), so no posting can send candidates to a lookalike site.'),
  contactEmailDomains: z
    .array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, { error: (issue) => `expected a domain like ing.com, got ${JSON.stringify(issue.input)}` }))
    .default([])
    .describe("The only domains a posting's contact email may use."),
  accessibility: z
    .strictObject({
      email: z.email({ error: (issue) => `expected an email address, got ${JSON.stringify(issue.input)}` }).optional().describe('Where visitors report an accessibility barrier, besides the recruiter named on each posting.'),
      responseDays: z.number({ error: (issue) => `expected a number of working days like 10, got ${JSON.stringify(issue.input)}` }).int().min(1).max(60).optional().describe('Working days within which a report gets a reply, as the accessibility statement promises.'),
      authority: z
        .strictObject({ name: text('name'), url: httpsUrl })
        .optional()
        .describe('The authority visitors can turn to when a reply does not satisfy them (enforcement procedure).'),
    })
    .default({})
    .describe("What the accessibility statement says about reporting a barrier; unset parts are left out of it, never guessed."),
});

/**
 * The benchmark's content folder: the real pages, data and postings, plus N synthetic
 * postings made from one real posting in every locale. Each copy keeps the template's
 * body and gets its own number in the title and slug, and dates that keep it open, the
 * same in every locale (translations must agree on facts).
 *
 * The copies differ where real postings do on the lists: the summary (a sentence of the
 * template's body, in turn), the city, the type of contract, the work mode and the pay
 * range. A thousand identical cards would compress to almost nothing and flatter the
 * page weights the bench prints and the page budgets check (tests/e2e/page-budgets.ts).
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { LOCALES, type Locale } from '../../src/i18n/config.ts';
import { entryFileName } from '../../src/content/location.ts';
import { EMPLOYMENT_TYPES, WORK_MODES } from '../../src/content/schemas.ts';

export const TEMPLATE_POSTING = 'backend-engineer-intern';
export const syntheticId = (index: number) => `bench-posting-${index}`;

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/;

interface MdxFile {
  frontmatter: string;
  body: string;
}

function splitMdx(text: string, file: string): MdxFile {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error(`${file}: no frontmatter`);
  return { frontmatter: match[1] ?? '', body: text.slice(match[0].length) };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** Open from `today` for a year, so the postings are listed whatever day the benchmark runs. */
function openDates(today: string): { datePosted: string; validThrough: string } {
  const closing = new Date(`${today}T00:00:00Z`);
  closing.setUTCFullYear(closing.getUTCFullYear() + 1);
  return { datePosted: today, validThrough: isoDay(closing) };
}

/** Spelt the same in every language, as translations must agree on the city. */
const CITIES = ['Madrid', 'Barcelona', 'Valencia', 'Bilbao', 'Zaragoza'];

/** The body's sentences that fit a summary (at most 200 characters), plain text. */
function summaries(body: string): string[] {
  return body
    .split('\n')
    .map((line) => line.replace(/^(?:[-*]|#+)\s+/, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1'))
    .flatMap((line) => line.split(/(?<=[.!?])\s+/))
    .map((sentence) => sentence.trim())
    .filter(
      (sentence) =>
        /^\p{Lu}/u.test(sentence) &&
        sentence.length >= 60 &&
        sentence.length <= 200 &&
        !/[<>{}]/.test(sentence),
    );
}

/** The template's file with this copy's number and facts; the YAML document keeps the editors' comments. */
function syntheticPosting(
  template: MdxFile,
  sentences: string[],
  index: number,
  dates: { datePosted: string; validThrough: string },
): string {
  const document = parseDocument(template.frontmatter);
  document.set('title', `${String(document.get('title'))} ${index}`);
  document.set('slug', `${String(document.get('slug'))}-${index}`);
  if (sentences.length > 0) document.set('summary', sentences[index % sentences.length]!);
  document.setIn(['location', 'city'], CITIES[index % CITIES.length]!);
  document.set('employmentType', EMPLOYMENT_TYPES[index % EMPLOYMENT_TYPES.length]!);
  document.set('workMode', WORK_MODES[index % WORK_MODES.length]!);
  // Each states its pay, as EU vacancy notices must from June 2026, with figures of its own.
  const min = 18000 + (index % 97) * 250;
  document.set(
    'payRange',
    document.createNode({ min, max: min + 6000, currency: 'EUR', period: 'YEAR', basis: 'gross' }),
  );
  document.set('datePosted', dates.datePosted);
  document.set('validThrough', dates.validThrough);
  return `---\n${document.toString().trimEnd()}\n---\n${template.body}`;
}

export interface BenchContent {
  dir: string;
  synthetic: number;
  /** Ids of the real postings copied alongside. */
  realPostings: string[];
}

/** Writes `targetDir` from the project's `sourceDir`: pages and data as they are, all real postings, N copies of the template. */
export function createBenchContent(
  sourceDir: string,
  targetDir: string,
  count: number,
  today: string,
): BenchContent {
  const realPostings = readdirNames(path.join(sourceDir, 'postings'));
  for (const folder of ['pages', 'data', 'postings'])
    cpSync(path.join(sourceDir, folder), path.join(targetDir, folder), { recursive: true });
  const templates = new Map<Locale, MdxFile>(
    LOCALES.map((locale) => {
      const file = path.join(sourceDir, 'postings', TEMPLATE_POSTING, entryFileName(locale));
      return [locale, splitMdx(readFileSync(file, 'utf8'), file)];
    }),
  );
  const dates = openDates(today);
  const sentences = new Map(
    [...templates].map(([locale, template]) => [locale, summaries(template.body)]),
  );
  for (let index = 1; index <= count; index += 1) {
    const folder = path.join(targetDir, 'postings', syntheticId(index));
    mkdirSync(folder, { recursive: true });
    for (const [locale, template] of templates)
      writeFileSync(
        path.join(folder, entryFileName(locale)),
        syntheticPosting(template, sentences.get(locale) ?? [], index, dates),
      );
  }
  return { dir: targetDir, synthetic: count, realPostings };
}

/** Entry folders of a collection, without stray files. */
function readdirNames(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * The one-posting edit of the rebuild measurement: a paragraph appended to one English
 * body, as an editor fixing a sentence would. Returns the text to look for in the output.
 */
export function editPostingBody(contentDir: string, id: string): string {
  const file = path.join(contentDir, 'postings', id, entryFileName('en'));
  const marker = `Edited for the rebuild benchmark at ${new Date().toISOString()}.`;
  writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\n${marker}\n`);
  return marker;
}

/**
 * `npm run i18n:status`: every entry × language: original, up to date, missing or needs
 * update. Exits 1 when a translation is missing, so it can gate a pull request.
 * `npm run i18n:status -- --reviewed postings/<id> <language>`: a translator who checked a
 * translation against its changed original, and found nothing to change, marks it up to date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isLocale } from '../src/i18n/config.ts';
import { contentDir } from '../src/content/location.ts';
import { readContentModel } from '../src/content/model.ts';
import { withReviewedAgainst } from '../src/content/reviewMark.ts';
import {
  fingerprint,
  formatStatusTable,
  translationStatus,
} from '../src/content/translationStatus.ts';
import { buildDay } from '../src/settings.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reviewed: { type: 'string' } },
});

// The status of what a build today would publish; content problems are the build's to report.
const readModel = () =>
  readContentModel({
    contentDir,
    publicDir: 'public',
    today: buildDay(),
    missingTranslation: 'error',
  }).model;
let model = readModel();
if (values.reviewed) {
  const [collection, id] = values.reviewed.split('/');
  const language = positionals[0];
  const entries =
    collection === 'postings' ? model.postings : collection === 'pages' ? model.pages : undefined;
  const entry = entries?.find((candidate) => candidate.id === id);
  if (!entry || !language || !isLocale(language)) {
    console.error(
      `--reviewed ${values.reviewed} ${language ?? ''}: expected an entry like postings/backend-engineer-intern and a language (${Object.keys(entry?.versions ?? {}).join(', ') || 'en, es, fr'})`,
    );
    process.exit(2);
  }
  const source = entry.versions[entry.sourceLocale];
  const translation = entry.versions[language];
  if (!source || !translation || language === entry.sourceLocale) {
    console.error(
      `${values.reviewed}: no ${language} translation to mark (the original is ${entry.sourceLocale})`,
    );
    process.exit(2);
  }
  writeFileSync(
    translation.filePath,
    withReviewedAgainst(readFileSync(translation.filePath, 'utf8'), fingerprint(source.filePath)),
  );
  console.log(`${translation.file}: reviewed against the current ${entry.sourceLocale} original`);
  model = readModel();
}

const rows = translationStatus(model);
console.log(formatStatusTable(rows));
const states = rows.flatMap((row) => Object.values(row.states));
const count = (state: string) => states.filter((s) => s === state).length;
console.log(
  `\n${rows.length} entries: ${count('missing')} missing, ${count('stale')} stale translations`,
);
process.exit(count('missing') > 0 ? 1 : 0);

/**
 * `npm run i18n:status`: every entry × language, present, missing or stale.
 * Exits 1 when a translation is missing, so it can gate a pull request.
 */
import { contentDir } from '../src/content/location.ts';
import { readContentModel } from '../src/content/model.ts';
import { formatStatusTable, translationStatus } from '../src/content/translationStatus.ts';
import { buildDay } from '../src/settings.ts';

// The status of what a build today would publish; content problems are the build's to report.
const { model } = readContentModel({
  contentDir,
  publicDir: 'public',
  today: buildDay(),
  missingTranslation: 'error',
});
const rows = translationStatus(model);
console.log(formatStatusTable(rows));
const states = rows.flatMap((row) => Object.values(row.states));
const count = (state: string) => states.filter((s) => s === state).length;
console.log(
  `\n${rows.length} entries: ${count('missing')} missing, ${count('stale')} stale translations`,
);
process.exit(count('missing') > 0 ? 1 : 0);

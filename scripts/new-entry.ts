/**
 * `npm run new:posting -- <id> --type INTERN [--slug es=<slug>] [--slug fr=<slug>]` /
 * `npm run new:page -- <id> [--slug es=<slug>] …`: creates the entry in every language,
 * then lists what is left to write (the build refuses the entry until all of it is).
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isLocale, type Locale } from '../src/i18n/config.ts';
import { contentDir } from '../src/content/location.ts';
import { scaffoldEntry, type EntryKind } from '../src/content/scaffold.ts';
import { contentProblems } from '../src/content/model.ts';
import { formatProblem } from '../src/content/problems.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { type: { type: 'string' }, slug: { type: 'string', multiple: true } },
});
const [kind, id] = positionals;
if ((kind !== 'posting' && kind !== 'page') || !id) {
  console.error(
    'Usage: npm run new:posting -- <id> --type <employment type> [--slug es=<slug>] [--slug fr=<slug>]\n   or: npm run new:page -- <id> [--slug es=<slug>] [--slug fr=<slug>]',
  );
  process.exit(2);
}
try {
  const slugs: Partial<Record<Locale, string>> = {};
  for (const pair of values.slug ?? []) {
    const [locale, slug] = pair.split('=');
    if (!locale || !isLocale(locale) || !slug)
      throw new Error(`--slug ${pair}: expected <language>=<slug>, like es=analista-de-datos`);
    slugs[locale] = slug;
  }
  const files = scaffoldEntry(contentDir, kind as EntryKind, id, {
    ...(values.type ? { employmentType: values.type } : {}),
    slugs,
  });
  console.log(
    `Created:\n${files.map((file) => `  ${path.relative(process.cwd(), file)}`).join('\n')}`,
  );
  const todo = contentProblems(contentDir).filter((problem) => problem.file.includes(`/${id}/`));
  if (todo.length > 0)
    console.log(
      `\nStill to write before it can be published (npm run dev shows the same list):\n${todo.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

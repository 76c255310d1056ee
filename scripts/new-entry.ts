/**
 * `npm run new:posting -- <id>` / `npm run new:page -- <id>`: creates the entry in every
 * language, then lists what is left to fill in.
 */
import path from 'node:path';
import { contentDir } from '../src/content/location.ts';
import { scaffoldEntry, type EntryKind } from '../src/content/scaffold.ts';
import { contentProblems } from '../src/content/model.ts';
import { formatProblem } from '../src/content/problems.ts';

const [kind, id] = process.argv.slice(2);
if ((kind !== 'posting' && kind !== 'page') || !id) {
  console.error('Usage: npm run new:posting -- <id>   or   npm run new:page -- <id>');
  process.exit(2);
}
try {
  const files = scaffoldEntry(contentDir, kind as EntryKind, id);
  console.log(
    `Created:\n${files.map((file) => `  ${path.relative(process.cwd(), file)}`).join('\n')}`,
  );
  const todo = contentProblems(contentDir).filter((problem) => problem.file.includes(`/${id}/`));
  if (todo.length > 0)
    console.log(
      `\nStill to fill in (npm run dev shows the same list):\n${todo.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}

/**
 * After `stryker run` (`npm run test:mutation`): the mutation score of each file and every
 * surviving mutant, from Stryker's JSON report, written to reports/mutation/summary.txt and
 * printed. A survivor is a change to the code that no unit test notices.
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface Mutant {
  mutatorName: string;
  replacement?: string;
  status: string;
  location: { start: { line: number; column: number } };
}
interface Report {
  files: Record<string, { source: string; mutants: Mutant[] }>;
}

const REPORT = 'reports/mutation/mutation.json';
const SUMMARY = 'reports/mutation/summary.txt';

const report = JSON.parse(readFileSync(REPORT, 'utf8')) as Report;
// Stryker's score: mutants a test detected (killed, or timed out) among those that ran or
// that no test reaches; mutants that do not compile or are ignored count for neither.
const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];

const score = (mutants: Mutant[]) => {
  const detected = mutants.filter((mutant) => DETECTED.includes(mutant.status)).length;
  const valid = detected + mutants.filter((mutant) => UNDETECTED.includes(mutant.status)).length;
  return { detected, valid, percent: valid ? (100 * detected) / valid : 100 };
};
const row = (name: string, mutants: Mutant[]) => {
  const { detected, valid, percent } = score(mutants);
  const shown = valid ? `${percent.toFixed(2)} %` : 'n/a';
  return `${shown.padStart(8)}  ${`${detected}/${valid}`.padStart(9)}  ${name}`;
};

const files = Object.entries(report.files).sort(([a], [b]) => (a < b ? -1 : 1));
const lines = [
  '   score   detected  file',
  ...files.map(([file, { mutants }]) => row(file, mutants)),
  row(
    'all files',
    files.flatMap(([, { mutants }]) => mutants),
  ),
  '',
  'Surviving mutants (no test notices them):',
];
for (const [file, { source, mutants }] of files) {
  const sourceLines = source.split('\n');
  for (const mutant of mutants.filter((candidate) => UNDETECTED.includes(candidate.status))) {
    const { line, column } = mutant.location.start;
    const original = (sourceLines[line - 1] ?? '').trim().slice(0, 100);
    const replacement = (mutant.replacement ?? '').replace(/\s+/g, ' ').slice(0, 100);
    lines.push(`${file}:${line}:${column} ${mutant.mutatorName} (${mutant.status})`);
    lines.push(`    ${original}`);
    lines.push(`  → ${replacement}`);
  }
}
writeFileSync(SUMMARY, `${lines.join('\n')}\n`);
console.log(lines.join('\n'));
console.log(`\nWritten to ${SUMMARY}; every mutant in reports/mutation/index.html.`);

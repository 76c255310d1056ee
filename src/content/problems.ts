/**
 * A content problem names the file, the field or line, and what to do. Every check of
 * the content model produces these; the build prints them all at once, sorted, before
 * anything renders.
 */
export interface ContentProblem {
  file: string;
  /** A frontmatter field (`validThrough`, `location.city`) or `line N` of the file. */
  field: string;
  message: string;
}

export function formatProblem(problem: ContentProblem): string {
  return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/** `line 12` → 12, so line problems sort by number; fields sort after lines, by name. */
const lineOf = (field: string) => /^line (\d+)$/.exec(field)?.[1];

/** By file, then by line (in order) before fields (alphabetically); duplicates once. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return [...problems]
    .filter((problem) => {
      const line = formatProblem(problem);
      if (seen.has(line)) return false;
      seen.add(line);
      return true;
    })
    .sort((a, b) => {
      if (a.file !== b.file) return a.file < b.file ? -1 : 1;
      const [lineA, lineB] = [lineOf(a.field), lineOf(b.field)];
      if (lineA !== undefined && lineB !== undefined) return Number(lineA) - Number(lineB);
      if (lineA !== undefined || lineB !== undefined) return lineA !== undefined ? -1 : 1;
      return a.field < b.field ? -1 : a.field > b.field ? 1 : 0;
    });
}

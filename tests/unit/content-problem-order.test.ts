/**
 * The build lists every content problem at once, in the order an editor fixes them: by
 * file, then down the file by line number, then the frontmatter fields by name; the same
 * problem found twice is listed once.
 */
import { expect, test } from 'vitest';
import { formatProblem, sortProblems } from '../../src/content/problems.ts';

test('problems are listed by file, then by line number, then by field, each once', () => {
  const problem = (file: string, field: string, message = 'fix it') => ({ file, field, message });
  expect(
    sortProblems([
      problem('content/pages/b.mdx', 'title'),
      problem('content/pages/a.mdx', 'slug'),
      problem('content/pages/a.mdx', 'line 10'),
      problem('content/pages/a.mdx', 'benefits'),
      problem('content/pages/a.mdx', 'line 9'),
      problem('content/pages/a.mdx', 'line 10', 'another'),
      problem('content/pages/a.mdx', 'line 9'),
      problem('content/pages/a.mdx', 'slug'),
    ]).map(formatProblem),
  ).toEqual([
    'content/pages/a.mdx: line 9: fix it',
    'content/pages/a.mdx: line 10: fix it',
    'content/pages/a.mdx: line 10: another',
    'content/pages/a.mdx: benefits: fix it',
    'content/pages/a.mdx: slug: fix it',
    'content/pages/b.mdx: title: fix it',
  ]);
});

test('a field named like a line but without its number sorts as a field', () => {
  const fields = ['line 2', 'lines', 'line 0x', 'line 1', 'headline 0'].map((field) => ({
    file: 'x.mdx',
    field,
    message: 'm',
  }));
  expect(sortProblems(fields).map((problem) => problem.field)).toEqual([
    'line 1',
    'line 2',
    'headline 0',
    'line 0x',
    'lines',
  ]);
});

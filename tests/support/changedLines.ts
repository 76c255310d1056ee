/** The lines of `after` that differ from `before`'s, as [before, after] pairs: what a save changed. */
export function changedLines(before: string, after: string): [string?, string?][] {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && a[start] === b[start]) start += 1;
  let end = 0;
  while (end < a.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end += 1;
  const removed = a.slice(start, a.length - end);
  const added = b.slice(start, b.length - end);
  return Array.from({ length: Math.max(removed.length, added.length) }, (_, index) => [
    removed[index],
    added[index],
  ]);
}

/**
 * Writes a YAML mapping back with only what changed: every field whose value is the same
 * keeps its exact text (quotes, `[a, b]` lists, long lines, the `#` notes above it), a
 * changed field is rewritten in place in the style it had, a new one goes where the
 * editor's field order puts it, and an emptied optional one is left out. Decap's own YAML
 * writer re-serializes the whole file (80-column folding, block lists, comments dropped);
 * this runs in the editor's page as its file format (entryFormat.ts).
 */
import {
  Document,
  isMap,
  isScalar,
  isSeq,
  parseDocument,
  Scalar,
  type Node,
  type Pair,
} from 'yaml';

/** The order of a mapping's keys as the editor's form lists them; `path` is [] for the top. */
export type KeyOrder = (path: readonly string[]) => readonly string[] | undefined;

type Values = Record<string, unknown>;

interface Edit {
  start: number;
  end: number;
  text: string;
}

const STRINGIFY = {
  // Never fold a long line: a one-word change must not rewrap the paragraph.
  lineWidth: 0,
  minContentWidth: 0,
  // `[a, b]`, as the files are written by hand and by the scaffold.
  flowCollectionPadding: false,
} as const;

const isPlainObject = (value: unknown): value is Values =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** What the build reads as a field left out: nothing, blank, an empty list or object. */
export function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  if (isPlainObject(value)) return Object.values(value).every(isEmpty);
  return false;
}

/** Equal as the build reads them: empty fields count as absent. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) && isEmpty(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, index) => sameValue(item, b[index]));
  }
  if (isPlainObject(a) || isPlainObject(b)) {
    if (!isPlainObject(a) || !isPlainObject(b)) return false;
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((key) => sameValue(a[key], b[key]));
  }
  return a === b;
}

/** Drops empty fields, recursively, in the given key order. */
function pruned(value: unknown, path: string[], order: KeyOrder): unknown {
  if (!isPlainObject(value)) return value;
  const keys = orderedKeys(Object.keys(value), order(path));
  return Object.fromEntries(
    keys
      .filter((key) => !isEmpty(value[key]))
      .map((key) => [key, pruned(value[key], [...path, key], order)]),
  );
}

/** `keys` in the form's order; keys the form does not know keep theirs, after it. */
function orderedKeys(keys: string[], order: readonly string[] | undefined): string[] {
  if (!order) return keys;
  const rank = (key: string) => (order.includes(key) ? order.indexOf(key) : order.length);
  return [...keys].sort((a, b) => rank(a) - rank(b));
}

/**
 * `key: value` as YAML, in the style the field had: a quoted string stays quoted the same
 * way and a `[a, b]` list stays on one line. A list of plain values that is new is written
 * `[a, b]`, as in the scaffold. Continuation lines get the mapping's indentation.
 */
function renderPair(
  key: string,
  value: unknown,
  indent: string,
  path: string[],
  order: KeyOrder,
  previous?: Node | null,
): string {
  const doc = new Document({ [key]: pruned(value, [...path, key], order) });
  const node = doc.get(key, true) as Node | undefined;
  if (isScalar(node) && typeof node.value === 'string' && isScalar(previous) && previous.type)
    node.type = previous.type;
  if (isSeq(node)) {
    const plainItems = node.items.every((item) => isScalar(item));
    if (previous ? isSeq(previous) && previous.flow === true : plainItems) node.flow = true;
  }
  return doc.toString(STRINGIFY).replace(/\n$/, '').split('\n').join(`\n${indent}`);
}

/** Index of the start of the line holding `index`. */
const lineStart = (text: string, index: number) => text.lastIndexOf('\n', index - 1) + 1;

/** Index just after the line holding `index` (after its newline, or the end of the text). */
function lineEnd(text: string, index: number): number {
  const newline = text.indexOf('\n', index);
  return newline === -1 ? text.length : newline + 1;
}

/** Where a pair's value ends, without the newlines and blank lines YAML counts into it. */
function valueEnd(text: string, pair: Pair): number {
  const key = pair.key as Node;
  const end = (pair.value as Node | null)?.range?.[1] ?? key.range![1];
  let trimmed = end;
  while (trimmed > key.range![1] && /\s/.test(text[trimmed - 1]!)) trimmed -= 1;
  return trimmed;
}

/** The first line of a pair: its `#` notes directly above it, or its key. */
function pairStart(text: string, pair: Pair): number {
  let start = lineStart(text, (pair.key as Node).range![0]);
  while (start > 0) {
    const above = lineStart(text, start - 1);
    if (!text.slice(above, start).trim().startsWith('#')) break;
    start = above;
  }
  return start;
}

function patchMap(
  text: string,
  map: Node,
  previous: Values,
  next: Values,
  path: string[],
  order: KeyOrder,
  edits: Edit[],
): void {
  if (!isMap(map)) return;
  const pairs = map.items.filter((pair) => isScalar(pair.key));
  const first = pairs[0];
  const indent = first
    ? text.slice(lineStart(text, (first.key as Node).range![0]), (first.key as Node).range![0])
    : '';
  const kept = new Map<string, Pair>();

  for (const pair of pairs) {
    const key = String((pair.key as Scalar).value);
    const before = previous[key];
    const after = next[key];
    if (sameValue(before, after)) {
      kept.set(key, pair);
    } else if (isEmpty(after)) {
      // Left out, with the notes written above it: they were about this field.
      const start = pairStart(text, pair);
      edits.push({ start, end: lineEnd(text, valueEnd(text, pair)), text: '' });
    } else if (
      isMap(pair.value) &&
      !pair.value.flow &&
      isPlainObject(before) &&
      isPlainObject(after)
    ) {
      patchMap(text, pair.value, before, after, [...path, key], order, edits);
      kept.set(key, pair);
    } else {
      const start = (pair.key as Node).range![0];
      const rendered = renderPair(key, after, indent, path, order, pair.value as Node | null);
      edits.push({ start, end: valueEnd(text, pair), text: rendered });
      kept.set(key, pair);
    }
  }

  const added = orderedKeys(
    Object.keys(next).filter((key) => !kept.has(key) && !isEmpty(next[key])),
    order(path) ?? Object.keys(next),
  );
  if (added.length === 0) return;
  const sequence = orderedKeys([...kept.keys(), ...added], order(path) ?? Object.keys(next));
  // Each new field goes after the last kept field that comes before it in the form.
  const groups = new Map<string | undefined, string[]>();
  for (const key of added) {
    const index = sequence.indexOf(key);
    const anchor = sequence
      .slice(0, index)
      .reverse()
      .find((candidate) => kept.has(candidate));
    groups.set(anchor, [...(groups.get(anchor) ?? []), key]);
  }
  const firstKept = pairs.find((pair) => kept.has(String((pair.key as Scalar).value)));
  for (const [anchor, keys] of groups) {
    const lines = keys.map(
      (key) => `${indent}${renderPair(key, next[key], indent, path, order)}\n`,
    );
    if (anchor !== undefined) {
      const at = lineEnd(text, valueEnd(text, kept.get(anchor)!));
      const newline = at === text.length && !text.endsWith('\n') ? '\n' : '';
      edits.push({ start: at, end: at, text: `${newline}${lines.join('')}` });
    } else if (firstKept) {
      const at = pairStart(text, firstKept);
      edits.push({ start: at, end: at, text: lines.join('') });
    } else {
      const at = text.length;
      const newline = text.length > 0 && !text.endsWith('\n') ? '\n' : '';
      edits.push({ start: at, end: at, text: `${newline}${lines.join('')}` });
    }
  }
}

/** A mapping written from scratch, in the form's order, without empty fields. */
export function renderYaml(values: Values, order: KeyOrder): string {
  const entries = Object.entries(pruned(values, [], order) as Values);
  return entries.map(([key, value]) => `${renderPair(key, value, '', [], order)}\n`).join('');
}

/**
 * `text` (a YAML mapping, as written in a file) changed to hold `values`, touching only the
 * fields whose value differs. Text that is not a mapping is written from scratch.
 */
export function patchYaml(text: string, values: Values, order: KeyOrder): string {
  const doc = parseDocument(text);
  if (doc.errors.length > 0 || !(isMap(doc.contents) || doc.contents === null))
    return renderYaml(values, order);
  if (doc.contents === null) return text + renderYaml(values, order);
  const previous = doc.toJS() as Values;
  const edits: Edit[] = [];
  patchMap(text, doc.contents, previous, values, [], order, edits);
  // From the end, so each edit's offsets still hold: at one point, a removal before the
  // insertions there, and insertions last to first, so that they read in their order.
  return edits
    .map((edit, index) => ({ ...edit, index }))
    .sort((a, b) => b.start - a.start || b.end - a.end || b.index - a.index)
    .reduce(
      (result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end),
      text,
    );
}

/**
 * The visual editor's file format for `content/<collection>/<id>/index.<locale>.mdx`: YAML
 * frontmatter between two `---` lines, then the body. Registered with Decap
 * (`CMS.registerCustomFormat`) in place of its own "frontmatter" format, which rewrites
 * every language file of an entry on each save: lines folded at 80 columns, `[a, b]` lists
 * made into blocks, `#` notes deleted.
 *
 * Decap hands a format only the entry's values when it saves, never the file it read. So
 * reading a file keeps its text in the values, under SOURCE (Decap carries keys that are
 * no field of the form through to the save as they are), and writing patches that text:
 * a language file whose values did not change is written back byte for byte, and a
 * changed one differs only in the lines of the fields that changed (yamlPatch.ts).
 */
import { parseDocument } from 'yaml';
import { patchYaml, renderYaml, type KeyOrder } from './yamlPatch.ts';

/** The name the collections' `format` gives (decapConfig.ts). */
export const ENTRY_FORMAT = 'careers-mdx';

/** Where the file's text travels with its values, from reading to saving. No schema field has this name. */
export const SOURCE = '__sourceText';

interface Parts {
  /** `---` and its line end. */
  open: string;
  /** The YAML between the delimiters, with its last line end. */
  yaml: string;
  /** The closing `---` and its line end. */
  close: string;
  body: string;
}

/** Splits a file at its frontmatter's two `---` lines, as the build does (src/content/files.ts). */
export function splitEntry(text: string): Parts | undefined {
  const open = /^---\r?\n/.exec(text)?.[0];
  if (!open) return undefined;
  const close = /^---[ \t]*(?:\r?\n|$)/m;
  const rest = text.slice(open.length);
  const match = close.exec(rest);
  if (!match) return undefined;
  return {
    open,
    yaml: rest.slice(0, match.index),
    close: match[0],
    body: rest.slice(match.index + match[0].length),
  };
}

export interface EntryFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[]): string;
}

/**
 * `nestedOrder` gives the form's order of an object field's keys (`['location']` →
 * city, country), so that a field filled in for the first time lands where the form
 * shows it; Decap itself passes the top-level order to each save.
 */
export function entryFormat(nestedOrder: KeyOrder): EntryFormat {
  return {
    fromFile(text) {
      const parts = splitEntry(text);
      // No frontmatter: the build names what is missing; the editor shows the text as body.
      if (!parts) return { body: text };
      const doc = parseDocument(parts.yaml);
      const problem = doc.errors[0];
      if (problem) throw new Error(`The frontmatter is not valid YAML: ${problem.message}`);
      const values = (doc.toJS() ?? {}) as unknown;
      if (typeof values !== 'object' || Array.isArray(values))
        throw new Error('The frontmatter is not a list of fields (name: value)');
      return { ...(values as Record<string, unknown>), body: parts.body, [SOURCE]: text };
    },

    toFile(data, sortedKeys = []) {
      const { body, [SOURCE]: source, ...values } = data;
      const bodyText = typeof body === 'string' ? body : '';
      const order: KeyOrder = (path) => (path.length === 0 ? sortedKeys : nestedOrder(path));
      const parts = typeof source === 'string' ? splitEntry(source) : undefined;
      if (!parts) {
        // A new file: the blank line after the frontmatter that hand-written files have.
        const separator = bodyText === '' || bodyText.startsWith('\n') ? '' : '\n';
        return `---\n${renderYaml(values, order)}---\n${separator}${bodyText}`;
      }
      const yaml = patchYaml(parts.yaml, values, order);
      return `${parts.open}${yaml}${parts.close}${bodyText}`;
    },
  };
}

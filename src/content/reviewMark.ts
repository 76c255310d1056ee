/**
 * Marks a translation as reviewed against its original as it is now: sets its
 * `reviewedAgainst` to the original's fingerprint, touching nothing else of the file (the
 * frontmatter's comments, order and layout, and the text, stay as the editor wrote them).
 */
import { parseDocument } from 'yaml';

const FRONTMATTER = /^(---\r?\n)([\s\S]*?)(\r?\n---(?:\r?\n|$))/;

export function withReviewedAgainst(text: string, fingerprint: string): string {
  const match = FRONTMATTER.exec(text);
  if (!match) throw new Error('expected the file to start with a frontmatter block between two "---" lines');
  const document = parseDocument(match[2]!);
  document.set('reviewedAgainst', fingerprint);
  const yaml = String(document).replace(/\n$/, '');
  return `${match[1]}${yaml}${match[3]}${text.slice(match[0].length)}`;
}

/**
 * French typography for plain text (a text node, a title, a feed field), so that editors
 * and translators type ordinary spaces and the reader still gets what French print
 * requires:
 *
 * - a narrow no-break space (U+202F) before ; ! ? and », and after «;
 * - a no-break space (U+00A0) before :;
 * - a narrow no-break space between the digit groups of a number (1 600, 10 000 000) and a
 *   no-break space before % and ‰: the spaces Intl writes in French numbers.
 *
 * A missing space is added ("Stage: Offres" → "Stage : Offres") only where the mark ends
 * a word: URLs (https://…, mailto:…, www.…), times (10:30), ratios (16:9) and marks
 * inside a word (a?b) are left alone. Pure and idempotent: applying it twice changes
 * nothing more. It knows nothing of HTML: give it text, never markup or attributes.
 */

const NNBSP = '\u202F';
const NBSP = '\u00A0';

/** Horizontal spaces a writer may have typed, or an earlier pass may have written. */
const SPACE = '[ \\t\\u00A0\\u202F]';

/** Addresses, whose punctuation is not prose. */
const ADDRESS = /(?:\b[a-z][a-z0-9+.-]*:\/\/|\bmailto:|\bwww\.)[^\s<>"'«»]+/giu;

const RULES = new RegExp(
  [
    // A number in groups of three: 1 600, 10 000 000 (not part of a longer number or a word).
    `(?<number>(?<![\\p{L}\\p{N}.,])\\p{Nd}{1,3}(?:${SPACE}\\p{Nd}{3})+(?!\\p{N}))`,
    // A percent or per-mille sign after a number.
    `(?<percent>(?<=\\p{Nd})${SPACE}*[%‰])`,
    // Opening guillemet and what follows it.
    `(?<open>«${SPACE}*)`,
    // Closing guillemet and what precedes it.
    `(?<close>${SPACE}*»)`,
    // Colon.
    `(?<colon>${SPACE}*:)`,
    // Semicolon, exclamation and question marks, as a run (?!, ?!?).
    `(?<high>${SPACE}*[;!?]+)`,
  ].join('|'),
  'gu',
);

/** Characters after which a mark that has no space before it is a word-ending mark. */
const WORD_END = /[\p{L}\p{N}\p{Pe}\p{Pf}»"'’…%‰*]/u;
/** What may follow a word-ending mark: nothing, a space, or closing punctuation. */
const AFTER_MARK = /^(?:$|[\s)\]}»"'’.,…])/u;

function addressRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(ADDRESS)].map((match) => [match.index, match.index + match[0].length]);
}

export function frenchTypography(text: string): string {
  const addresses = addressRanges(text);
  const inAddress = (offset: number) =>
    addresses.some(([start, end]) => offset >= start && offset < end);

  return text.replace(RULES, (match: string, ...args: unknown[]) => {
    const groups = args.at(-1) as Record<string, string | undefined>;
    const offset = args.at(-3) as number;
    if (inAddress(offset) || inAddress(offset + match.length - 1)) return match;
    const before = text[offset - 1];
    const after = text.slice(offset + match.length);
    const spaced = (mark: string) => match.length > mark.length;

    if (groups.number !== undefined) return match.replace(new RegExp(SPACE, 'gu'), NNBSP);
    if (groups.percent !== undefined) return NBSP + match.slice(-1);
    if (groups.open !== undefined) {
      // A guillemet at the end of the text or of a line has nothing to hold on to.
      if (after === '' || after.startsWith('\n')) return '«';
      return `«${NNBSP}`;
    }

    const mark = match.replace(new RegExp(`^${SPACE}*`, 'u'), '');
    // At the start of the text (or of a line), a typed space is kept as it was.
    if (before === undefined || before === '\n') return match;
    if (groups.close !== undefined) return `${NNBSP}»`;
    const space = groups.colon !== undefined ? NBSP : NNBSP;
    if (spaced(mark)) return space + mark;
    // No space typed: add one only where the mark ends a word.
    return WORD_END.test(before) && AFTER_MARK.test(after) ? space + mark : match;
  });
}

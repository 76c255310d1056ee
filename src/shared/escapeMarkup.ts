/**
 * Text as it must be written between the tags of HTML or XML, so a "<" an editor typed
 * stays text. (Not for attribute values, which also need their quotes escaped.)
 */
export const escapeMarkup = (text: string): string =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

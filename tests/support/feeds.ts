import type { Page } from '@playwright/test';

/** Parses a feed with the browser's XML parser (a real one, strict about well-formedness) and returns its item or entry titles. */
export async function xmlTitles(
  page: Page,
  xml: string,
  itemTag: 'item' | 'entry',
): Promise<string[]> {
  return page.evaluate(
    ([text, tag]) => {
      const doc = new DOMParser().parseFromString(text, 'application/xml');
      if (doc.querySelector('parsererror'))
        throw new Error(`Not well-formed XML: ${doc.querySelector('parsererror')?.textContent}`);
      return [...doc.getElementsByTagName(tag)].map(
        (item) => item.getElementsByTagName('title')[0]?.textContent ?? '',
      );
    },
    [xml, itemTag] as const,
  );
}

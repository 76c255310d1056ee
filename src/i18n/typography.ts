/**
 * Each language's typography, applied by the build to every text it emits in that
 * language (UI strings through t(), the content model's text, rendered bodies), so
 * editors and translators type ordinary spaces. Only French has rules today.
 */
import type { Locale } from './config.ts';
import { frenchTypography } from './frenchTypography.ts';

const RULES: Partial<Record<Locale, (text: string) => string>> = { fr: frenchTypography };

/** The text as it is printed in that language. Text only: never markup, URLs or attributes that are not prose. */
export function typeset(locale: Locale, text: string): string {
  const rules = RULES[locale];
  return rules ? rules(text) : text;
}

/** Whether a language has typography rules at all (most text needs no pass). */
export function hasTypography(locale: Locale): boolean {
  return RULES[locale] !== undefined;
}

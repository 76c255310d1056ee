/**
 * Client scripts need plural-aware strings but must not ship i18next. The page renders
 * each plural form once, with the number replaced by `{count}`, into data-* attributes;
 * the script picks one with Intl.PluralRules.
 */
import { LOCALE_INFO, type Locale } from '../i18n/config.ts';

const SAMPLES = [0, 1, 2, 3, 5, 11, 21, 100, 1_000_000];

export function pluralTemplates(
  locale: Locale,
  render: (count: number) => string,
): Record<string, string> {
  const rules = new Intl.PluralRules(LOCALE_INFO[locale].tag);
  const templates: Record<string, string> = {};
  for (const category of rules.resolvedOptions().pluralCategories) {
    const sample = SAMPLES.find((n) => n !== 0 && rules.select(n) === category);
    if (sample !== undefined)
      templates[category] = render(sample).replace(String(sample), '{count}');
  }
  return templates;
}

export function pluralDataAttributes(
  prefix: string,
  templates: Record<string, string>,
): Record<string, string> {
  return Object.fromEntries(
    Object.entries(templates).map(([category, text]) => [`data-${prefix}-${category}`, text]),
  );
}

/**
 * A posting's pay range as its language says it: "€18,000–€22,000 gross a year",
 * "18 000–22 000 € al año en bruto", "18 000–22 000 € brut par an". The same text is
 * on the posting's key facts, its card in the jobs list and its flyer.
 */
import type { PayRange } from '../content/schemas.ts';
import type { Locale } from '../i18n/config.ts';
import { useTranslations } from '../i18n/translations.ts';
import { formatMoneyRange } from './format.ts';

export function formatPayRange(range: PayRange, locale: Locale): string {
  const t = useTranslations(locale);
  // Gross or net only when the posting says which: the site does not assume either.
  const basis = range.basis ? (`.${range.basis}` as const) : ('' as const);
  return t(`pay.${range.period}${basis}`, {
    range: formatMoneyRange(range.min, range.max, range.currency, locale),
  });
}

/**
 * The pay range as each language writes it (Intl.NumberFormat, then the UI sentence):
 * the same text is on the posting's key facts, its card and its flyer. Expected texts are
 * written with ordinary spaces and compared as a reader sees them, typeset (French
 * no-break spaces; the narrow no-break space between Spanish digit groups).
 */
import { describe, expect, test } from 'vitest';
import type { PayRange } from '../../src/content/schemas.ts';
import type { Locale } from '../../src/i18n/config.ts';
import { formatMoneyRange } from '../../src/lib/format.ts';
import { formatPayRange } from '../../src/lib/payRange.ts';

/** Every kind of space as a plain one, so an expectation can be typed as it reads. */
const asRead = (text: string) => text.replace(/[\u00A0\u202F]/g, ' ');

const yearly: PayRange = { min: 18000, max: 22000, currency: 'EUR', period: 'YEAR' };

describe.each<[Locale, Record<string, string>]>([
  [
    'en',
    {
      year: '€18,000–€22,000 a year',
      gross: '€18,000–€22,000 gross a year',
      month: '€1,200–€1,400 net a month',
      hour: '€12.50–€15.00 an hour',
      one: '€20,000 gross a year',
    },
  ],
  [
    'es',
    {
      year: '18 000–22 000 € al año',
      gross: '18 000–22 000 € al año en bruto',
      month: '1200–1400 € al mes en neto',
      hour: '12,50–15,00 € por hora',
      one: '20 000 € al año en bruto',
    },
  ],
  [
    'fr',
    {
      year: '18 000–22 000 € par an',
      gross: '18 000–22 000 € brut par an',
      month: '1 200–1 400 € net par mois',
      hour: "12,50–15,00 € de l'heure",
      one: '20 000 € brut par an',
    },
  ],
])('the pay range in %s', (locale, expected) => {
  test('reads as the language writes a salary', () => {
    expect(asRead(formatPayRange(yearly, locale))).toBe(expected.year);
    expect(asRead(formatPayRange({ ...yearly, basis: 'gross' }, locale))).toBe(expected.gross);
    expect(
      asRead(
        formatPayRange(
          { min: 1200, max: 1400, currency: 'EUR', period: 'MONTH', basis: 'net' },
          locale,
        ),
      ),
    ).toBe(expected.month);
  });

  test('keeps the cents of an hourly rate instead of rounding them away', () => {
    expect(
      asRead(formatPayRange({ min: 12.5, max: 15, currency: 'EUR', period: 'HOUR' }, locale)),
    ).toBe(expected.hour);
  });

  test('shows one amount when the range has equal ends, not an approximate sign', () => {
    expect(
      asRead(formatPayRange({ ...yearly, min: 20000, max: 20000, basis: 'gross' }, locale)),
    ).toBe(expected.one);
  });
});

test('amounts never break across lines: the spaces inside them do not break', () => {
  expect(formatMoneyRange(18000, 22000, 'EUR', 'fr')).toBe('18\u202F000–22\u202F000\u00A0€');
  expect(formatMoneyRange(18000, 22000, 'EUR', 'es')).toBe('18\u202F000–22\u202F000\u00A0€');
});

test('a currency other than the euro is written as each language names it', () => {
  expect(asRead(formatMoneyRange(30000, 35000, 'GBP', 'en'))).toBe('£30,000–£35,000');
  expect(asRead(formatMoneyRange(30000, 35000, 'PLN', 'fr'))).toBe('30 000–35 000 PLN');
});

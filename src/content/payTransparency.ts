/**
 * The EU pay-transparency directive ((EU) 2023/970, article 5) applies from June 2026:
 * an applicant gets the pay range before the interview, in the vacancy notice. This finds
 * the postings it applies to that give none; the PAY_TRANSPARENCY setting decides whether
 * that warns or stops the build. Pure: the unit tests call it with plain objects.
 */
import type { PayTransparencyPolicy } from '../settings.ts';
import type { ContentProblem } from './problems.ts';
import type { Posting } from './schemas.ts';
import { countryName } from '../lib/format.ts';

/** The 27 member states, as ISO 3166 codes (location.country). The directive binds these only. */
export const EU_COUNTRIES: ReadonlySet<string> = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE',
  'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);

export interface PayCheckedPosting {
  /** The source-language file: the pay range is a shared fact, given once for all languages. */
  file: string;
  status: 'scheduled' | 'open' | 'closed';
  data: Pick<Posting, 'location' | 'payRange'>;
}

/**
 * One line per open or scheduled posting in an EU country without a pay range. A closed
 * posting is no longer a vacancy notice; a scheduled one is reported now, before the
 * morning its build would publish it.
 */
export function missingPayRanges(postings: readonly PayCheckedPosting[]): ContentProblem[] {
  return postings
    .filter(({ status, data }) => status !== 'closed' && EU_COUNTRIES.has(data.location.country) && !data.payRange)
    .map(({ file, data }) => ({
      file,
      field: 'payRange',
      message: `missing for a job in ${countryName(data.location.country, 'en')} (${data.location.country}): in the EU, the pay-transparency directive (EU) 2023/970 requires the pay range in the vacancy notice from June 2026; add payRange (see "Pay range" in docs/editing-content.md)`,
    }));
}

/** Where the lines go: printed beside a build that goes on, or among the problems that stop it. */
export function payTransparencyOutcome(
  policy: PayTransparencyPolicy,
  lines: ContentProblem[],
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  return policy === 'require' ? { problems: lines, warnings: [] } : { problems: [], warnings: lines };
}

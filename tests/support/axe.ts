import type { Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';

/** The WCAG 2.2 AA rule set of axe: pa11y's axe runner does not run the 2.2 rules. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** One line per violation on the page as it is now, naming the rule and the elements. */
export async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

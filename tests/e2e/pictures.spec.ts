/**
 * Pictures that help a reader scan: every benefit card and every key fact of a posting has
 * its icon, drawn in the text's colour and hidden from assistive technology, since the
 * words beside it say the same.
 */
import { expect, test } from '@playwright/test';
import { LOCALES } from '../../src/i18n/config.ts';
import { pathFor } from '../../src/i18n/routes.ts';
import { SHOWN_STRINGS } from '../support/i18n.ts';
import { entry } from '../support/content.ts';

for (const locale of LOCALES) {
  test(`${locale}: benefit cards and a posting's key facts each show an icon that screen readers skip`, async ({
    page,
  }) => {
    await page.goto(pathFor(locale, { kind: 'benefits' }));
    const cards = page.getByRole('main').getByRole('listitem');
    const count = await cards.count();
    expect(count).toBeGreaterThan(0);
    for (let index = 0; index < count; index += 1) {
      const icon = cards.nth(index).locator('svg');
      await expect(icon).toHaveCount(1);
      await expect(icon).toHaveAttribute('aria-hidden', 'true');
      await expect(icon).toBeVisible();
    }
    // Distinct pictures, not one repeated: each benefit has its own.
    const drawings = await cards
      .locator('svg path')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));
    expect(new Set(drawings).size).toBe(count);

    const posting = entry('postings', 'backend-engineer-intern', locale);
    await page.goto(
      pathFor(locale, { kind: 'posting', id: 'backend-engineer-intern' }, String(posting.slug)),
    );
    const facts = page
      .getByRole('region', { name: SHOWN_STRINGS[locale]['posting.keyFacts']! })
      .locator('dt');
    expect(await facts.count()).toBeGreaterThanOrEqual(5);
    for (const fact of await facts.all())
      await expect(fact.locator('svg[aria-hidden="true"]')).toBeVisible();
  });
}

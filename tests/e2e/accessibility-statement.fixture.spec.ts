/**
 * The statement shows the contact details the organization sets in
 * content/data/organization.yaml (the fixture sets all of them): where to write, within how
 * many working days a reply comes, and the enforcement authority.
 */
import { expect, test } from '@playwright/test';
import { pathFor } from '../../src/i18n/routes.ts';
import { useTranslations } from '../../src/i18n/translations.ts';
import { dataFile } from '../support/content.ts';
import { FIXTURE_CONTENT_DIR, FIXTURE_LOCALES } from '../support/servers.ts';

const [organization] = dataFile<
  {
    accessibility: {
      email: string;
      responseDays: number;
      authority: { name: string; url: string };
    };
  }[]
>('organization.yaml', FIXTURE_CONTENT_DIR);
const contact = organization!.accessibility;

for (const locale of FIXTURE_LOCALES) {
  test(`${locale}: the statement gives the address, the reply time and the authority the organization set`, async ({
    page,
  }) => {
    const t = useTranslations(locale);
    await page.goto(pathFor(locale, { kind: 'accessibility' }));
    await expect(page.getByRole('link', { name: contact.email })).toHaveAttribute(
      'href',
      `mailto:${contact.email}`,
    );
    await expect(
      page.getByText(t('accessibility.responseTime', { count: contact.responseDays })),
    ).toBeVisible();
    await expect(page.getByRole('link', { name: contact.authority.name })).toHaveAttribute(
      'href',
      contact.authority.url,
    );
  });
}

import { getSiteMap } from './siteMap.ts';
import { absoluteUrl } from '../i18n/routes.ts';
import type { OrganizationFacts } from './jsonLd.ts';

/** The hiring organization from content/data/organization.yaml, with this site's logo. */
export async function organizationFacts(site: URL | string): Promise<OrganizationFacts> {
  const { organization } = await getSiteMap();
  if (!organization) throw new Error('content/data/organization.yaml: expected one organization');
  return {
    name: organization.name,
    sameAs: organization.sameAs,
    logo: absoluteUrl('/logo.svg', site),
    url: absoluteUrl('/', site),
  };
}

import { getCollection } from 'astro:content';
import { absoluteUrl } from '../i18n/routes.ts';
import type { OrganizationFacts } from './jsonLd.ts';

/** The hiring organization from content/data/organization.yaml, with this site's logo. */
export async function organizationFacts(site: URL | string): Promise<OrganizationFacts> {
  const [org, ...others] = await getCollection('organization');
  if (!org || others.length > 0) throw new Error('content/data/organization.yaml: expected exactly one organization');
  return { name: org.data.name, sameAs: org.data.sameAs, logo: absoluteUrl('/logo.svg', site), url: absoluteUrl('/', site) };
}

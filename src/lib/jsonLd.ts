/**
 * Structured data for search engines, built from the typed content and serialized with
 * JSON.stringify (never string templates). Everything in it is visible on the page.
 */
import type { BreadcrumbList, JobPosting, WithContext } from 'schema-dts';
import type { EmploymentType, PayRange } from '../content/schemas.ts';
import { isoDay } from './format.ts';

export interface OrganizationFacts {
  name: string;
  /** Absolute URL of the organization's logo as served by this site. */
  logo: string;
  /** The organization's own profiles and sites; empty when no source gives them. */
  sameAs: string[];
  url: string;
}

export interface JobPostingInput {
  id: string;
  url: string;
  title: string;
  descriptionHtml: string;
  datePosted: Date;
  validThrough: Date;
  employmentType: EmploymentType;
  city: string;
  country: string;
  benefits: string[];
  /** Only when the posting states one: a salary is never estimated. */
  payRange?: PayRange | undefined;
  organization: OrganizationFacts;
}

export function jobPostingJsonLd(input: JobPostingInput): WithContext<JobPosting> {
  const org = input.organization;
  return {
    '@context': 'https://schema.org',
    '@type': 'JobPosting',
    title: input.title,
    description: input.descriptionHtml,
    datePosted: isoDay(input.datePosted),
    // The posting is open through the whole closing day.
    validThrough: `${isoDay(input.validThrough)}T23:59:59Z`,
    employmentType: input.employmentType,
    identifier: { '@type': 'PropertyValue', name: org.name, value: input.id },
    hiringOrganization: {
      '@type': 'Organization',
      name: org.name,
      logo: org.logo,
      ...(org.sameAs.length > 0 ? { sameAs: org.sameAs } : {}),
    },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        addressLocality: input.city,
        addressCountry: input.country,
      },
    },
    url: input.url,
    // Apply leads to the applicant tracking system, not a form on this page.
    directApply: false,
    ...(input.benefits.length > 0 ? { jobBenefits: input.benefits.join(', ') } : {}),
    // schema.org's MonetaryAmount has no gross or net: the page says which, when the posting does.
    ...(input.payRange
      ? {
          baseSalary: {
            '@type': 'MonetaryAmount',
            currency: input.payRange.currency,
            value: {
              '@type': 'QuantitativeValue',
              minValue: input.payRange.min,
              maxValue: input.payRange.max,
              unitText: input.payRange.period,
            },
          },
        }
      : {}),
  };
}

export function breadcrumbJsonLd(
  items: { name: string; url: string }[],
): WithContext<BreadcrumbList> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({
      '@type': 'ListItem',
      position: index + 1,
      name: item.name,
      item: item.url,
    })),
  };
}

/**
 * JSON for a <script type="application/ld+json">: `<` is escaped so no value (a title
 * with "</script>", say) can close the element early.
 */
export function serializeJsonLd(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

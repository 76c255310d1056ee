import { describe, expect, test } from 'vitest';
import type { JobPosting, PostalAddress, Organization, WithContext } from 'schema-dts';
import {
  breadcrumbJsonLd,
  jobPostingJsonLd,
  serializeJsonLd,
  type JobPostingInput,
} from '../../src/lib/jsonLd.ts';

const input: JobPostingInput = {
  id: 'backend-engineer-intern',
  url: 'https://careers.example.org/en/jobs/backend-engineer-intern/',
  title: 'Backend Engineer Intern',
  descriptionHtml: '<h2>Your role</h2><p>Join a squad.</p>',
  datePosted: new Date('2026-11-22T00:00:00Z'),
  validThrough: new Date('2027-01-31T00:00:00Z'),
  employmentType: 'INTERN',
  city: 'Madrid',
  country: 'ES',
  benefits: ['Paid internships', 'Free company bus'],
  organization: {
    name: 'ING',
    logo: 'https://careers.example.org/logo.svg',
    sameAs: [],
    url: 'https://careers.example.org/',
  },
};

// Round-trip through JSON, as a crawler reads it.
const parsed = (data: unknown) =>
  JSON.parse(serializeJsonLd(data)) as Exclude<WithContext<JobPosting>, string> &
    Record<string, unknown>;

// Built in each test, not once for the describe block: code run while tests are being
// collected belongs to no test, and mutation testing would not know these tests check it.
describe('JobPosting JSON-LD', () => {
  test('has every property Google requires', () => {
    const posting = parsed(jobPostingJsonLd(input));
    expect(posting['@context']).toBe('https://schema.org');
    expect(posting['@type']).toBe('JobPosting');
    expect(posting.title).toBe('Backend Engineer Intern');
    expect(posting.description).toBe('<h2>Your role</h2><p>Join a squad.</p>');
    expect(posting.datePosted).toBe('2026-11-22');
    expect((posting.hiringOrganization as Exclude<Organization, string>).name).toBe('ING');
    const address = (posting.jobLocation as { address: Exclude<PostalAddress, string> }).address;
    expect(address['@type']).toBe('PostalAddress');
    expect(address.addressLocality).toBe('Madrid');
    expect(address.addressCountry).toBe('ES');
  });

  test("has Google's recommended properties that the content gives", () => {
    const posting = parsed(jobPostingJsonLd(input));
    expect(posting.validThrough).toBe('2027-01-31T23:59:59Z');
    expect(posting.employmentType).toBe('INTERN');
    expect(posting.identifier).toEqual({
      '@type': 'PropertyValue',
      name: 'ING',
      value: 'backend-engineer-intern',
    });
    expect(posting.directApply).toBe(false);
    // schema.org defines no inLanguage on JobPosting; the page's <html lang> carries it.
    expect(posting).not.toHaveProperty('inLanguage');
    expect(posting.jobBenefits).toBe('Paid internships, Free company bus');
    expect((posting.hiringOrganization as Record<string, unknown>).logo).toBe(
      'https://careers.example.org/logo.svg',
    );
  });

  test('states a base salary only when the content gives a pay range', () => {
    const posting = parsed(jobPostingJsonLd(input));
    expect(posting.baseSalary).toBeUndefined();
    const paid = parsed(
      jobPostingJsonLd({
        ...input,
        payRange: { min: 18000, max: 22000, currency: 'EUR', period: 'YEAR', basis: 'gross' },
      }),
    );
    expect(paid.baseSalary).toEqual({
      '@type': 'MonetaryAmount',
      currency: 'EUR',
      value: {
        '@type': 'QuantitativeValue',
        minValue: 18000,
        maxValue: 22000,
        unitText: 'YEAR',
      },
    });
  });

  test('gives the base salary per hour or month as the posting states it', () => {
    const hourly = parsed(
      jobPostingJsonLd({
        ...input,
        payRange: { min: 12.5, max: 15, currency: 'EUR', period: 'HOUR' },
      }),
    );
    expect(hourly.baseSalary).toMatchObject({
      value: { minValue: 12.5, maxValue: 15, unitText: 'HOUR' },
    });
  });

  test('names benefits only when the posting lists some', () => {
    expect(parsed(jobPostingJsonLd({ ...input, benefits: [] }))).not.toHaveProperty('jobBenefits');
  });

  test('lists sameAs only when the organization has official profiles', () => {
    const posting = parsed(jobPostingJsonLd(input));
    expect((posting.hiringOrganization as Record<string, unknown>).sameAs).toBeUndefined();
    const withProfiles = parsed(
      jobPostingJsonLd({
        ...input,
        organization: { ...input.organization, sameAs: ['https://www.example.com/'] },
      }),
    );
    expect((withProfiles.hiringOrganization as Record<string, unknown>).sameAs).toEqual([
      'https://www.example.com/',
    ]);
  });
});

test('a title with markup cannot close the script element', () => {
  const json = serializeJsonLd(
    jobPostingJsonLd({ ...input, title: '</script><script>alert(1)</script>' }),
  );
  expect(json).not.toContain('</script');
  expect(JSON.parse(json).title).toBe('</script><script>alert(1)</script>');
});

test('line and paragraph separators in a title reach the crawler unchanged, escaped for old script parsers', () => {
  const title = 'Backend\u2028Intern\u2029Madrid';
  const json = serializeJsonLd(jobPostingJsonLd({ ...input, title }));
  expect(json).not.toMatch(/[\u2028\u2029]/);
  expect(json).toContain('Backend\\u2028Intern\\u2029Madrid');
  expect(JSON.parse(json).title).toBe(title);
});

test('breadcrumbs number their items from 1', () => {
  const list = breadcrumbJsonLd([
    { name: 'Home', url: 'https://x.org/en/' },
    { name: 'Jobs', url: 'https://x.org/en/jobs/' },
  ]);
  expect(list.itemListElement).toEqual([
    { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.org/en/' },
    { '@type': 'ListItem', position: 2, name: 'Jobs', item: 'https://x.org/en/jobs/' },
  ]);
});

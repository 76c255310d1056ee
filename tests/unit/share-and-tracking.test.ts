import { expect, test } from 'vitest';
import { SHARE_CHANNELS, carryTracking, shareUrl, withUtm } from '../../src/shared/share.ts';

const page = 'https://careers.example.org/es/empleos/practicas-ingenieria-backend/';

test('every channel link carries utm_source and utm_medium on the shared URL', () => {
  for (const channel of SHARE_CHANNELS) {
    const href = shareUrl(channel, page, 'Prácticas de Ingeniería Backend');
    const shared =
      channel === 'email'
        ? decodeURIComponent(href.split('body=')[1]!)
        : /https:\/\/careers[^\s&]*(?:&[^\s&]*)?/.exec(
            decodeURIComponent(new URL(href).search),
          )?.[0];
    expect(shared, channel).toBeDefined();
    const params = new URL(shared!.split(' ').pop()!).searchParams;
    expect(params.get('utm_source'), channel).toBe(channel);
    expect(params.get('utm_medium'), channel).toMatch(/^(social|messaging|email)$/);
  }
});

test('email links encode spaces as %20 and put the title in the subject', () => {
  expect(shareUrl('email', page, 'Backend Engineer Intern')).toMatch(
    /^mailto:\?subject=Backend%20Engineer%20Intern&body=https%3A%2F%2F/,
  );
});

test('withUtm keeps existing parameters and adds a campaign when given', () => {
  const tagged = new URL(withUtm(`${page}?x=1`, 'qr', 'print', 'backend-engineer-intern'));
  expect(Object.fromEntries(tagged.searchParams)).toEqual({
    x: '1',
    utm_source: 'qr',
    utm_medium: 'print',
    utm_campaign: 'backend-engineer-intern',
  });
});

test('allow-listed tracking parameters reach the Apply URL, encoded', () => {
  const apply = carryTracking(
    'https://ats.example.org/apply?job=42',
    '?utm_source=linkedin&utm_campaign=spring%20fair&gh_src=abc&ref=jobfair&session=secret',
  );
  const params = new URL(apply).searchParams;
  expect(params.get('job')).toBe('42');
  expect(params.get('utm_source')).toBe('linkedin');
  expect(params.get('utm_campaign')).toBe('spring fair');
  expect(params.get('gh_src')).toBe('abc');
  expect(params.get('ref')).toBe('jobfair');
  expect(params.has('session')).toBe(false);
  expect(apply).toContain('utm_campaign=spring+fair');
});

test('a crafted value stays an encoded query value', () => {
  const apply = carryTracking(
    'https://ats.example.org/apply',
    `?utm_source=${encodeURIComponent('"><script>alert(1)</script>')}`,
  );
  expect(apply).not.toContain('<');
  expect(apply).not.toContain('"');
  expect(new URL(apply).searchParams.get('utm_source')).toBe('"><script>alert(1)</script>');
});

test('a non-https Apply URL is left alone', () => {
  expect(carryTracking('javascript:alert(1)', '?utm_source=x')).toBe('javascript:alert(1)');
});

test("the posting's own tracking parameters win over the landing page's", () => {
  const apply = carryTracking(
    'https://ats.example.org/apply?ref=careers-site&gh_src=ing',
    '?ref=evil&gh_src=spoof&utm_source=linkedin',
  );
  const params = new URL(apply).searchParams;
  expect(params.get('ref')).toBe('careers-site');
  expect(params.get('gh_src')).toBe('ing');
  expect(params.get('utm_source')).toBe('linkedin');
});

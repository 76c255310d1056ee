/**
 * Mozilla's HTTP Observatory scoring, one rule at a time, for the hosts the tests serve.
 * The scanner itself (@mdn/mdn-http-observatory) cannot run here: its install scripts build
 * a PostgreSQL client and download the HSTS preload list, and it scans only default ports.
 * So each of its ten rules is implemented from its published scoring table (the modifiers
 * below), over the responses a scan would read: the page the site's address ends on after
 * redirects, and, where the host serves TLS, what plain http:// answers.
 *
 * Score: 100 plus every modifier; the bonuses count only when the score without them is
 * 90 or more. A+ is 100 or more.
 */
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface Answer {
  url: URL;
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface Scan {
  /** The final answer for the site's address, redirects followed. */
  page: Answer;
  /** What http:// answered, redirects followed, hop by hop; absent when only TLS is scanned, or only http is served. */
  httpRoute?: Answer[];
}

export interface RuleResult {
  rule: string;
  result: string;
  modifier: number;
}

/** One GET, without following redirects; `ca` trusts a test's own certificate. */
export function get(url: URL, ca?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(url, { method: 'GET', ...(ca ? { ca } : {}) }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          url,
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

/** Every hop from `url` to the first answer that is not a redirect. */
export async function route(url: URL, ca?: string): Promise<Answer[]> {
  const hops: Answer[] = [];
  for (let next: URL | undefined = url; next && hops.length < 10;) {
    const answer = await get(next, ca);
    hops.push(answer);
    const location = answer.headers.location;
    next =
      answer.status >= 300 && answer.status < 400 && typeof location === 'string'
        ? new URL(location, next)
        : undefined;
  }
  return hops;
}

const header = (answer: Answer, name: string): string | undefined => {
  const value = answer.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
};

type Directives = Map<string, string[]>;

function parsePolicy(policy: string): Directives {
  const directives: Directives = new Map();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name && !directives.has(name.toLowerCase()))
      directives.set(
        name.toLowerCase(),
        sources.map((source) => source.toLowerCase()),
      );
  }
  return directives;
}

/** The policies a page declares in `<meta http-equiv>`, which the scanner reads with the header's. */
function metaPolicies(html: string, name: string): string[] {
  return [...html.matchAll(/<meta\b[^>]*>/gi)]
    .map(([tag]) => tag)
    .filter((tag) => new RegExp(`http-equiv=["']?${name}["']?`, 'i').test(tag))
    .flatMap((tag) => /content="([^"]*)"/i.exec(tag)?.[1] ?? []);
}

const BROAD = [
  'ftp:',
  'http:',
  'https:',
  '*',
  'http://*',
  'http://*.*',
  'https://*',
  'https://*.*',
];
const hashed = (sources: string[]) =>
  sources.some((source) => /^'(sha(256|384|512)|nonce)-/.test(source));

function contentSecurityPolicy(page: Answer): RuleResult {
  const rule = 'content-security-policy';
  const fromHeader = header(page, 'content-security-policy');
  const policies = [
    ...(fromHeader ? [fromHeader] : []),
    ...metaPolicies(page.body, 'content-security-policy'),
  ];
  if (policies.length === 0) return { rule, result: 'csp-not-implemented', modifier: -25 };
  // Where both declare a directive, the first declaration is the one read.
  const csp: Directives = new Map();
  for (const policy of policies)
    for (const [name, sources] of parsePolicy(policy)) if (!csp.has(name)) csp.set(name, sources);
  const source = (name: string) => csp.get(name) ?? csp.get('default-src') ?? ['*'];
  const script = [...source('script-src')];
  const style = [...source('style-src')];
  for (const list of [script, style])
    if (hashed(list) && list.includes("'unsafe-inline'"))
      list.splice(list.indexOf("'unsafe-inline'"), 1);
  const https = page.url.protocol === 'https:';
  if (
    script.some((s) => BROAD.includes(s) || s === "'unsafe-inline'" || s === 'data:') ||
    source('object-src').some((s) => BROAD.includes(s))
  )
    return { rule, result: 'csp-implemented-with-unsafe-inline', modifier: -20 };
  const active = [...csp.entries()]
    .filter(([name]) => !['img-src', 'media-src'].includes(name))
    .flatMap(([, list]) => list);
  if (https && active.some((s) => s.startsWith('http:') || s.startsWith('ftp:')))
    return { rule, result: 'csp-implemented-with-insecure-scheme', modifier: -20 };
  if ([...script, ...style].includes("'unsafe-eval'"))
    return { rule, result: 'csp-implemented-with-unsafe-eval', modifier: -10 };
  const passive = ['img-src', 'media-src'].flatMap(
    (name) => csp.get(name) ?? csp.get('default-src') ?? [],
  );
  if (https && passive.some((s) => s.startsWith('http:') || s.startsWith('ftp:')))
    return {
      rule,
      result: 'csp-implemented-with-insecure-scheme-in-passive-content-only',
      modifier: -10,
    };
  if (style.some((s) => BROAD.includes(s) || s === "'unsafe-inline'" || s === 'data:'))
    return { rule, result: 'csp-implemented-with-unsafe-inline-in-style-src-only', modifier: 0 };
  const formAction = csp.get('form-action') ?? ['*'];
  if (
    (csp.get('default-src') ?? []).join(' ') === "'none'" &&
    formAction.every((s) => !BROAD.includes(s))
  )
    return { rule, result: 'csp-implemented-with-no-unsafe-default-src-none', modifier: 10 };
  return { rule, result: 'csp-implemented-with-no-unsafe', modifier: 5 };
}

function cookies(page: Answer): RuleResult {
  const rule = 'cookies';
  const set = page.headers['set-cookie'] ?? [];
  if (set.length === 0) return { rule, result: 'cookies-not-found', modifier: 0 };
  const insecure = (Array.isArray(set) ? set : [set]).some(
    (cookie) => !/;\s*secure/i.test(cookie) || !/;\s*httponly/i.test(cookie),
  );
  return insecure
    ? { rule, result: 'cookies-without-secure-flag', modifier: -20 }
    : { rule, result: 'cookies-secure-with-httponly-sessions', modifier: 0 };
}

function crossOriginResourceSharing(page: Answer): RuleResult {
  const rule = 'cross-origin-resource-sharing';
  const origin = header(page, 'access-control-allow-origin');
  if (!origin)
    return { rule, result: 'cross-origin-resource-sharing-not-implemented', modifier: 0 };
  if (origin.trim() === '*')
    return {
      rule,
      result: 'cross-origin-resource-sharing-implemented-with-public-access',
      modifier: 0,
    };
  return header(page, 'access-control-allow-credentials')?.trim().toLowerCase() === 'true'
    ? {
        rule,
        result: 'cross-origin-resource-sharing-implemented-with-universal-access',
        modifier: -50,
      }
    : {
        rule,
        result: 'cross-origin-resource-sharing-implemented-with-restricted-access',
        modifier: 0,
      };
}

function redirection(scan: Scan): RuleResult {
  const rule = 'redirection';
  const hops = scan.httpRoute;
  if (!hops) return { rule, result: 'redirection-not-needed-no-http', modifier: 0 };
  if (hops.length === 1) return { rule, result: 'redirection-missing', modifier: -20 };
  if (hops.at(-1)!.url.protocol !== 'https:')
    return { rule, result: 'redirection-not-to-https', modifier: -20 };
  if (hops[1]!.url.protocol === 'http:')
    return { rule, result: 'redirection-not-to-https-on-initial-redirection', modifier: -10 };
  if (hops[0]!.url.hostname !== hops[1]!.url.hostname)
    return { rule, result: 'redirection-off-host-from-http', modifier: -5 };
  return { rule, result: 'redirection-to-https', modifier: 0 };
}

const PRIVATE_REFERRERS = [
  'no-referrer',
  'same-origin',
  'strict-origin',
  'strict-origin-when-cross-origin',
];
const UNSAFE_REFERRERS = [
  'origin',
  'origin-when-cross-origin',
  'unsafe-url',
  'no-referrer-when-downgrade',
];

function referrerPolicy(page: Answer): RuleResult {
  const rule = 'referrer-policy';
  const declared = [
    header(page, 'referrer-policy') ?? '',
    ...metaPolicies(page.body, 'referrer-policy'),
  ].join(',');
  // The last valid value is the one browsers apply.
  const policy = declared
    .split(',')
    .map((value) => value.trim().toLowerCase())
    .filter((value) => [...PRIVATE_REFERRERS, ...UNSAFE_REFERRERS].includes(value))
    .at(-1);
  if (!declared.replaceAll(',', '').trim())
    return { rule, result: 'referrer-policy-not-implemented', modifier: 0 };
  if (policy && PRIVATE_REFERRERS.includes(policy))
    return { rule, result: 'referrer-policy-private', modifier: 5 };
  if (policy) return { rule, result: 'referrer-policy-unsafe', modifier: -5 };
  return { rule, result: 'referrer-policy-header-invalid', modifier: -5 };
}

/** Six months, as the scanner counts them. */
const HSTS_MINIMUM = 15_768_000;

function strictTransportSecurity(page: Answer): RuleResult {
  const rule = 'strict-transport-security';
  if (page.url.protocol !== 'https:')
    return { rule, result: 'hsts-not-implemented-no-https', modifier: -20 };
  const value = header(page, 'strict-transport-security');
  if (!value) return { rule, result: 'hsts-not-implemented', modifier: -20 };
  const maxAge = /(?:^|;)\s*max-age=(\d+)/i.exec(value)?.[1];
  if (maxAge === undefined) return { rule, result: 'hsts-header-invalid', modifier: -20 };
  return Number(maxAge) >= HSTS_MINIMUM
    ? { rule, result: 'hsts-implemented-max-age-at-least-six-months', modifier: 0 }
    : { rule, result: 'hsts-implemented-max-age-less-than-six-months', modifier: -10 };
}

function subresourceIntegrity(page: Answer): RuleResult {
  const rule = 'subresource-integrity';
  if (!/text\/html|application\/xhtml\+xml/.test(header(page, 'content-type') ?? ''))
    return { rule, result: 'sri-not-implemented-response-not-html', modifier: 0 };
  const scripts = [...page.body.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)[^>]*>/gi)];
  if (scripts.length === 0)
    return { rule, result: 'sri-not-implemented-but-no-scripts-loaded', modifier: 0 };
  const external = scripts.filter(([, src]) => new URL(src!, page.url).origin !== page.url.origin);
  if (external.length === 0)
    return {
      rule,
      result: 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
      modifier: 0,
    };
  const withIntegrity = external.every(([tag]) => /\bintegrity=/i.test(tag));
  const secure = external.every(([, src]) => new URL(src!, page.url).protocol === 'https:');
  if (withIntegrity)
    return secure
      ? { rule, result: 'sri-implemented-and-external-scripts-loaded-securely', modifier: 5 }
      : { rule, result: 'sri-implemented-but-external-scripts-not-loaded-securely', modifier: -20 };
  return secure
    ? { rule, result: 'sri-not-implemented-but-external-scripts-loaded-securely', modifier: -5 }
    : {
        rule,
        result: 'sri-not-implemented-and-external-scripts-not-loaded-securely',
        modifier: -50,
      };
}

function xContentTypeOptions(page: Answer): RuleResult {
  const rule = 'x-content-type-options';
  const value = header(page, 'x-content-type-options');
  if (!value) return { rule, result: 'x-content-type-options-not-implemented', modifier: -5 };
  return value.trim().toLowerCase() === 'nosniff'
    ? { rule, result: 'x-content-type-options-nosniff', modifier: 0 }
    : { rule, result: 'x-content-type-options-header-invalid', modifier: -5 };
}

function xFrameOptions(page: Answer): RuleResult {
  const rule = 'x-frame-options';
  // frame-ancestors counts only in the header: browsers ignore it in a <meta> policy.
  if (parsePolicy(header(page, 'content-security-policy') ?? '').has('frame-ancestors'))
    return { rule, result: 'x-frame-options-implemented-via-csp', modifier: 5 };
  const value = header(page, 'x-frame-options')?.trim().toLowerCase();
  if (!value) return { rule, result: 'x-frame-options-not-implemented', modifier: -20 };
  if (value === 'deny' || value === 'sameorigin')
    return { rule, result: 'x-frame-options-sameorigin-or-deny', modifier: 0 };
  return value.startsWith('allow-from ')
    ? { rule, result: 'x-frame-options-allow-from-origin', modifier: 0 }
    : { rule, result: 'x-frame-options-header-invalid', modifier: -20 };
}

function crossOriginResourcePolicy(page: Answer): RuleResult {
  const rule = 'cross-origin-resource-policy';
  const value = header(page, 'cross-origin-resource-policy')?.trim().toLowerCase();
  if (!value) return { rule, result: 'corp-not-implemented', modifier: 0 };
  if (value === 'same-origin')
    return { rule, result: 'corp-implemented-with-same-origin', modifier: 10 };
  if (value === 'same-site')
    return { rule, result: 'corp-implemented-with-same-site', modifier: 10 };
  if (value === 'cross-origin')
    return { rule, result: 'corp-implemented-with-cross-origin', modifier: 0 };
  return { rule, result: 'corp-header-invalid', modifier: -5 };
}

/** Every rule's result for one scan, in the scanner's order. */
export function observatoryRules(scan: Scan): RuleResult[] {
  const { page } = scan;
  return [
    contentSecurityPolicy(page),
    cookies(page),
    crossOriginResourceSharing(page),
    redirection(scan),
    referrerPolicy(page),
    strictTransportSecurity(page),
    subresourceIntegrity(page),
    xContentTypeOptions(page),
    xFrameOptions(page),
    crossOriginResourcePolicy(page),
  ];
}

export function observatoryGrade(results: RuleResult[]): { score: number; grade: string } {
  const penalties = results.reduce((sum, { modifier }) => sum + Math.min(modifier, 0), 0);
  const uncurved = 100 + penalties;
  const score =
    uncurved >= 90 ? 100 + results.reduce((sum, { modifier }) => sum + modifier, 0) : uncurved;
  const grades: [number, string][] = [
    [100, 'A+'],
    [90, 'A'],
    [85, 'A-'],
    [80, 'B+'],
    [70, 'B'],
    [65, 'B-'],
    [60, 'C+'],
    [50, 'C'],
    [45, 'C-'],
    [40, 'D+'],
    [30, 'D'],
    [25, 'D-'],
  ];
  return { score, grade: grades.find(([floor]) => score >= floor)?.[1] ?? 'F' };
}

/**
 * What each rule finds on this site: the best result the scanner gives for a static site
 * that loads nothing from elsewhere and sets no cookie, but `default-src 'none'` (the
 * site's `'self'` default still earns the CSP bonus).
 */
export const SITE_RESULTS: Record<string, string> = {
  'content-security-policy': 'csp-implemented-with-no-unsafe',
  cookies: 'cookies-not-found',
  'cross-origin-resource-sharing': 'cross-origin-resource-sharing-not-implemented',
  redirection: 'redirection-to-https',
  'referrer-policy': 'referrer-policy-private',
  'strict-transport-security': 'hsts-implemented-max-age-at-least-six-months',
  'subresource-integrity': 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin',
  'x-content-type-options': 'x-content-type-options-nosniff',
  'x-frame-options': 'x-frame-options-implemented-via-csp',
  'cross-origin-resource-policy': 'corp-implemented-with-same-origin',
};

/** The rules about transport, which only a host serving TLS can be scored on. */
export const TRANSPORT_RULES = ['redirection', 'strict-transport-security'];

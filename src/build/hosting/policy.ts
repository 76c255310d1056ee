/**
 * The one source of the site's HTTP policy: security headers, the Content-Security-Policy,
 * cache rules, the root language redirect and the localized 404s. Every host config
 * (Netlify and Cloudflare `_headers`/`_redirects`, Azure `staticwebapp.config.json`,
 * nginx) is generated from it after each build. No Astro imports.
 */
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/config.ts';

export const SECURITY_HEADERS: Record<string, string> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains; preload',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy':
    'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
};

/**
 * The header CSP. It repeats the hashes Astro put in each page's <meta> policy (a page
 * must satisfy both policies, so the header must allow every hashed script and style)
 * and the form targets it allows, and adds what a <meta> policy cannot carry: frame-ancestors.
 */
export function contentSecurityPolicy(hashes: {
  script: string[];
  style: string[];
  formAction?: string[];
}): string {
  const quoted = (values: string[]) =>
    [...new Set(values)]
      .sort()
      .map((hash) => `'${hash}'`)
      .join(' ');
  return [
    "default-src 'self'",
    // Pagefind compiles its WebAssembly search engine.
    `script-src 'self' 'wasm-unsafe-eval' ${quoted(hashes.script)}`.trim(),
    `style-src 'self' ${quoted(hashes.style)}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "manifest-src 'self'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    `form-action 'self' ${[...new Set(hashes.formAction ?? [])].sort().join(' ')}`.trim(),
    "object-src 'none'",
    'upgrade-insecure-requests',
  ].join('; ');
}

/**
 * Files other sites show: link previews and web feed readers load the OG images and the
 * logo from their own origin, which the site-wide `same-origin` resource policy would block.
 * Each host sets these headers on these paths in place of the site-wide ones.
 */
export const SHARED_RESOURCES = {
  paths: ['/og/*', '/logo.svg', '/favicon.svg'],
  headers: { 'Cross-Origin-Resource-Policy': 'cross-origin' } as Record<string, string>,
};

export const CACHE_RULES = {
  /** Fingerprinted build output: the name changes when the content does. */
  immutable: { prefix: '/_astro/', value: 'public, max-age=31536000, immutable' },
  /** HTML, feeds, search index: always revalidated, so a deploy shows at once. */
  revalidate: 'public, max-age=0, must-revalidate',
};

/** Unknown URLs under a locale get that locale's 404 page, with status 404. */
export function notFoundPage(locale: Locale | undefined): string {
  return locale ? `/${locale}/404/` : '/404.html';
}

export const ROOT_REDIRECT = { status: 302 as const, locales: LOCALES, fallback: DEFAULT_LOCALE };

/**
 * Build once, deploy the same artefact: a production build goes to integration first and
 * is then promoted to production unchanged. What differs is only what the host adds for
 * the environment it serves. Integration keeps search engines out with a header and its
 * own robots.txt, and shows the environment banner every page carries hidden, by serving
 * a stylesheet that reveals it. Both are rewrites to files every production build holds.
 */
export const HOST_ENVIRONMENTS = ['integration', 'production'] as const;
export type HostEnvironment = (typeof HOST_ENVIRONMENTS)[number];

export const ENVIRONMENT_STYLESHEET = '/environment.css';

interface EnvironmentProfile {
  headers: Record<string, string>;
  /** Site path → the file served there instead. */
  rewrites: Record<string, string>;
}

export const ENVIRONMENT_PROFILES: Record<HostEnvironment, EnvironmentProfile> = {
  production: { headers: {}, rewrites: {} },
  integration: {
    headers: { 'X-Robots-Tag': 'noindex, nofollow' },
    rewrites: {
      '/robots.txt': '/robots-integration.txt',
      [ENVIRONMENT_STYLESHEET]: '/environment-integration.css',
    },
  },
};

/** The files behind the rewrites, written into every production build. */
export const ENVIRONMENT_FILES: Record<string, string> = {
  [ENVIRONMENT_STYLESHEET]: '/* Production: the environment banner stays hidden. */\n',
  '/environment-integration.css':
    '/* Integration: reveal the environment banner on every page. */\nhtml [data-environment-banner] { display: block; }\n',
  '/robots-integration.txt': robotsTxt('integration'),
};

/** Production invites crawlers to the sitemap; every other environment keeps them out. */
export function robotsTxt(environment: string, sitemapUrl?: string): string {
  if (environment === 'production')
    return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
  return `# ${environment}: not for search engines\nUser-agent: *\nDisallow: /\n`;
}

/**
 * The visual editor (Decap CMS) is a separate application with its own policy: its bundle
 * compiles its config validators at run time ('unsafe-eval') and its components inject
 * styles ('unsafe-inline'), and it talks to the git host it saves to. The public site's
 * policy stays as strict as above; no page of it loads the editor. An editor that signs in
 * to a git host is served from an origin of its own (CMS_ORIGIN), so its token is out of
 * reach of the site's pages; only a development build's local editor, which holds no
 * token, sits at /admin/ on the site.
 */
export const ADMIN_PATH = '/admin/';

/**
 * Signing in to GitHub (through an OAuth service) or Azure opens a popup that reports back
 * to the editor's window; `same-origin` would cut that link. Only the editor gets this.
 */
export const EDITOR_OPENER_POLICY = 'same-origin-allow-popups';

export function adminContentSecurityPolicy(connectSources: string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    // Avatars of the signed-in editor and previews of images on the git host.
    "img-src 'self' data: blob: https:",
    "font-src 'self' data:",
    // Drafts are kept as blobs in the browser while editing.
    `connect-src 'self' blob: ${[...new Set(connectSources)].sort().join(' ')}`.trim(),
    "frame-src 'self'",
    "worker-src 'self' blob:",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ');
}

/** Every response of the editor's own origin: the site's headers, with the editor's CSP and opener policy, kept out of search engines. */
export function editorHeaders(connectSources: string[]): Record<string, string> {
  return {
    'Content-Security-Policy': adminContentSecurityPolicy(connectSources),
    ...SECURITY_HEADERS,
    'Cross-Origin-Opener-Policy': EDITOR_OPENER_POLICY,
    'X-Robots-Tag': 'noindex, nofollow',
    'Cache-Control': CACHE_RULES.revalidate,
  };
}

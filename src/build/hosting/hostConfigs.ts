/**
 * Host configurations generated from ./policy.ts. Pure functions of the CSP hashes and
 * the environment the host serves, so unit tests can read what each host gets.
 */
import { LOCALES } from '../../i18n/config.ts';
import {
  ADMIN_PATH,
  CACHE_RULES,
  EDITOR_OPENER_POLICY,
  ENVIRONMENT_PROFILES,
  ROOT_REDIRECT,
  SECURITY_HEADERS,
  SHARED_RESOURCES,
  adminContentSecurityPolicy,
  contentSecurityPolicy,
  editorHeaders,
  notFoundPage,
  type HostEnvironment,
} from './policy.ts';

export interface Hashes {
  script: string[];
  style: string[];
  /** Origins forms may post to besides the site (the job-alert subscription endpoint, when set). */
  formAction?: string[];
  /** When the build holds the visual editor: the origins it saves to. */
  adminConnect?: string[];
  /** The build's top-level files and folders (`en/`, `index.html`), so the site's policy can be set beside the editor's. */
  topLevel?: string[];
}

function allHeaders(hashes: Hashes, environment: HostEnvironment): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(hashes),
    ...SECURITY_HEADERS,
    ...ENVIRONMENT_PROFILES[environment].headers,
  };
}

function adminHeaders(hashes: Hashes, environment: HostEnvironment): Record<string, string> {
  return {
    ...allHeaders(hashes, environment),
    'Content-Security-Policy': adminContentSecurityPolicy(hashes.adminConnect ?? []),
    'Cross-Origin-Opener-Policy': EDITOR_OPENER_POLICY,
  };
}

/** The headers that differ between the site's pages and the editor's. */
const EDITOR_SPECIFIC = ['Content-Security-Policy', 'Cross-Origin-Opener-Policy'];

const rewrites = (environment: HostEnvironment) =>
  Object.entries(ENVIRONMENT_PROFILES[environment].rewrites);

const block = (path: string, headers: Record<string, string>) => [
  path,
  ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
  '',
];

/**
 * Netlify and Cloudflare Pages read files of the same names, `_headers` and `_redirects`,
 * from the site's folder, but accept different redirect rules, so one folder is prepared
 * for one of them: Cloudflare's by default (the one the tests serve with its own runtime),
 * Netlify's with `npm run hosting:environment -- --host netlify`.
 */
export const PAGES_HOSTS = ['cloudflare', 'netlify'] as const;
export type PagesHost = (typeof PAGES_HOSTS)[number];
export const DEFAULT_PAGES_HOST: PagesHost = 'cloudflare';

/**
 * Cloudflare's documented limits, in characters per line, spacing included: 2,000 in
 * `_headers` (a CSP with many hashes gets there) and 1,000 in `_redirects`. Its parser
 * skips a longer line with a warning; generation stops instead, for both hosts.
 */
export const PAGES_LINE_LIMITS = { _headers: 2000, _redirects: 1000 } as const;

function pagesFile(file: keyof typeof PAGES_LINE_LIMITS, lines: string[], host: PagesHost): string {
  const limit = PAGES_LINE_LIMITS[file];
  const tooLong = lines.find((line) => line.length > limit);
  if (tooLong !== undefined)
    throw new Error(
      `${file} for ${host}: a line of ${tooLong.length} characters, over the ${limit} the host accepts: ${tooLong.slice(0, 60)}…`,
    );
  return `${lines.join('\n')}\n`;
}

const generatedFor = (host: PagesHost, environment: HostEnvironment) => [
  `# Generated from src/build/hosting/policy.ts for ${host}, ${environment}. Do not edit.`,
  '',
];

/**
 * Both hosts add up the headers of every rule a path matches, so with the visual editor in
 * the build the site's CSP is attached to each top-level entry but the editor's folder,
 * which gets its own.
 */
export function headersFile(
  hashes: Hashes,
  environment: HostEnvironment = 'production',
  host: PagesHost = DEFAULT_PAGES_HOST,
): string {
  const site = allHeaders(hashes, environment);
  const pick = (names: (name: string) => boolean, from: Record<string, string>) =>
    Object.fromEntries(Object.entries(from).filter(([name]) => names(name)));
  const specific = (name: string) => EDITOR_SPECIFIC.includes(name);
  const sitePaths = [
    '/',
    ...(hashes.topLevel ?? [])
      .filter((entry) => `/${entry}` !== ADMIN_PATH)
      .map((entry) => (entry.endsWith('/') ? `/${entry}*` : `/${entry}`)),
  ];
  const lines = hashes.adminConnect
    ? [
        ...block(
          '/*',
          pick((name) => !specific(name), site),
        ),
        ...sitePaths.flatMap((path) => block(path, pick(specific, site))),
        ...block(`${ADMIN_PATH}*`, pick(specific, adminHeaders(hashes, environment))),
      ]
    : block('/*', site);
  // Both hosts add up every matching rule's headers, so a shared path replaces the
  // site-wide value: Cloudflare detaches it first (`! Name`); Netlify serves the value of
  // the most specific rule.
  const shared = SHARED_RESOURCES.paths.flatMap((path) => [
    path,
    ...Object.entries(SHARED_RESOURCES.headers).flatMap(([name, value]) => [
      ...(host === 'cloudflare' ? [`  ! ${name}`] : []),
      `  ${name}: ${value}`,
    ]),
    '',
  ]);
  return pagesFile(
    '_headers',
    [
      ...generatedFor(host, environment),
      ...lines,
      ...shared,
      `${CACHE_RULES.immutable.prefix}*`,
      `  Cache-Control: ${CACHE_RULES.immutable.value}`,
    ],
    host,
  );
}

/**
 * `_redirects`, in the dialect of each host.
 *
 * Netlify: the environment's rewrites and the root's language redirect are forced (`!`),
 * because the files they shadow exist (`/robots.txt`, `/index.html`) and Netlify otherwise
 * serves the file; the root follows Accept-Language (its Language condition) with a
 * temporary redirect; unknown URLs get their locale's 404 page.
 *
 * Cloudflare Pages accepts only `from to [status]` lines with a redirect or 200 status: no
 * conditions, no `!`, no 404 rules. Its rewrites apply although the file exists; it
 * serves the nearest `404.html` (the build writes one in each locale); and `/` serves the
 * root page, whose script follows the browser's languages (its links are there without
 * JavaScript). A production folder needs no rule at all.
 */
export function redirectsFile(
  environment: HostEnvironment = 'production',
  host: PagesHost = DEFAULT_PAGES_HOST,
): string {
  if (host === 'cloudflare')
    return pagesFile(
      '_redirects',
      [
        ...generatedFor(host, environment),
        ...rewrites(environment).map(([from, to]) => `${from}  ${to}  200`),
      ],
      host,
    );
  const status = `${ROOT_REDIRECT.status}!`;
  return pagesFile(
    '_redirects',
    [
      ...generatedFor(host, environment),
      ...rewrites(environment).map(([from, to]) => `${from}  ${to}  200!`),
      ...ROOT_REDIRECT.locales
        .filter((l) => l !== ROOT_REDIRECT.fallback)
        .map((locale) => `/  /${locale}/  ${status}  Language=${locale}`),
      `/  /${ROOT_REDIRECT.fallback}/  ${status}`,
      ...LOCALES.map((locale) => `/${locale}/*  ${notFoundPage(locale)}  404`),
      `/*  ${notFoundPage(undefined)}  404`,
    ],
    host,
  );
}

/**
 * Azure Static Web Apps. It cannot redirect by language (the root page's script does, and
 * its links without JavaScript) and has one page for every 404 (the three-language one).
 * Azure documents that `/admin/*` matches neither `/admin/` nor `/admin/index.html`, and
 * that a file's route also matches its folder, so the editor gets both routes (its
 * emulator happens to match `/admin/` with either, but not with `/admin*`).
 */
export function staticWebAppConfig(
  hashes: Hashes,
  environment: HostEnvironment = 'production',
): string {
  return `${JSON.stringify(
    {
      globalHeaders: {
        ...allHeaders(hashes, environment),
        'Cache-Control': CACHE_RULES.revalidate,
      },
      routes: [
        ...rewrites(environment).map(([route, rewrite]) => ({ route, rewrite })),
        // A route's headers replace the global ones of the same name.
        ...(hashes.adminConnect
          ? [`${ADMIN_PATH}index.html`, `${ADMIN_PATH}*`].map((route) => ({
              route,
              headers: {
                'Content-Security-Policy': adminContentSecurityPolicy(hashes.adminConnect!),
                'Cross-Origin-Opener-Policy': EDITOR_OPENER_POLICY,
              },
            }))
          : []),
        ...SHARED_RESOURCES.paths.map((route) => ({ route, headers: SHARED_RESOURCES.headers })),
        {
          route: `${CACHE_RULES.immutable.prefix}*`,
          headers: { 'Cache-Control': CACHE_RULES.immutable.value },
        },
      ],
      responseOverrides: { '404': { rewrite: notFoundPage(undefined), statusCode: 404 } },
      mimeTypes: {
        '.yml': 'text/yaml',
        '.json': 'application/json',
        '.xml': 'application/xml',
        '.pf_meta': 'application/octet-stream',
        '.pf_index': 'application/octet-stream',
        '.pf_fragment': 'application/octet-stream',
        '.pf_filter': 'application/octet-stream',
        '.wasm': 'application/wasm',
      },
    },
    null,
    2,
  )}\n`;
}

/**
 * The editor's own origin (CMS_ORIGIN) serves nothing but the editor, so one rule covers
 * every response: `_headers` for Cloudflare Pages and Netlify (the same in both dialects).
 */
export function editorHeadersFile(connectSources: string[]): string {
  return pagesFile(
    '_headers',
    [
      '# Generated from src/build/hosting/policy.ts for the visual editor. Do not edit.',
      '',
      ...block('/*', editorHeaders(connectSources)),
    ],
    DEFAULT_PAGES_HOST,
  );
}

/** The editor's own origin on Azure Static Web Apps. */
export function editorStaticWebAppConfig(connectSources: string[]): string {
  return `${JSON.stringify(
    { globalHeaders: editorHeaders(connectSources), mimeTypes: { '.yml': 'text/yaml' } },
    null,
    2,
  )}\n`;
}

/**
 * A complete nginx configuration (http block) serving `root` on `listen`. nginx's map
 * cannot weigh q-values, so the root redirect takes the first supported language listed.
 */
export function nginxConfig(
  hashes: Hashes,
  options: {
    root: string;
    listen: string;
    pid?: string;
    temp?: string;
    errorLog?: string;
    environment?: HostEnvironment;
    /**
     * TLS on `listen`, with a second server on `httpListen` that sends every plain-http
     * request to the https address (`httpsPort` when it is not 443), so HSTS has a TLS
     * response to ride on.
     */
    tls?: { certificate: string; key: string; httpListen: string; httpsPort?: number };
  },
): string {
  const environment = options.environment ?? 'production';
  const tls = options.tls;
  const httpsPort = tls?.httpsPort && tls.httpsPort !== 443 ? `:${tls.httpsPort}` : '';
  const tlsServer = tls
    ? `      ssl_certificate ${tls.certificate};
      ssl_certificate_key ${tls.key};
      ssl_protocols TLSv1.2 TLSv1.3;
      ssl_prefer_server_ciphers off;
      ssl_session_cache shared:careers:1m;
`
    : '';
  const httpServer = tls
    ? `
  # Plain http only ever answers with the https address.
  server {
    listen ${tls.httpListen};
    location / {
      return 301 https://$host${httpsPort}$request_uri;
    }
  }
`
    : '';
  const headers = Object.entries(allHeaders(hashes, environment)).map(
    ([name, value]) => `    add_header ${name} "${value}" always;`,
  );
  // add_header in a location replaces the server's ones, so each location repeats them.
  const withHeaders = (cache: string) =>
    [...headers, `    add_header Cache-Control "${cache}" always;`].join('\n');
  const sharedHeaders = Object.entries({
    ...allHeaders(hashes, environment),
    ...SHARED_RESOURCES.headers,
    'Cache-Control': CACHE_RULES.revalidate,
  })
    .map(([name, value]) => `    add_header ${name} "${value}" always;`)
    .join('\n');
  const sharedLocations = SHARED_RESOURCES.paths
    .map(
      (path) => `    location ${path.endsWith('/*') ? path.slice(0, -1) : `= ${path}`} {
${sharedHeaders}
      try_files $uri =404;
    }
`,
    )
    .join('');
  const adminLocation = hashes.adminConnect
    ? `    location ^~ ${ADMIN_PATH} {
${Object.entries(adminHeaders(hashes, environment))
  .map(([name, value]) => `    add_header ${name} "${value}" always;`)
  .join('\n')}
    add_header Cache-Control "${CACHE_RULES.revalidate}" always;
      # config.yml: the only file here whose type nginx does not know.
      default_type text/yaml;
      try_files $uri $uri/ =404;
    }
`
    : '';
  const temp = options.temp ?? '/tmp/careers-nginx';
  // The first language listed that the site has: one pattern per language, matching only
  // when every item before it is a language the site lacks ("et" is not "es"; in
  // "de, en;q=0.9, fr" English comes first). nginx's map cannot weigh q-values.
  const unsupportedItem = `\\s*(?!(?:${LOCALES.join('|')})(?:[-;,\\s]|$))[^,]*,`;
  return `# Generated from src/build/hosting/policy.ts for ${environment}. Do not edit.
worker_processes 1;
daemon off;
pid ${options.pid ?? `${temp}/nginx.pid`};
error_log ${options.errorLog ?? 'stderr'} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${temp}/body;
  proxy_temp_path ${temp}/proxy;
  fastcgi_temp_path ${temp}/fastcgi;
  uwsgi_temp_path ${temp}/uwsgi;
  scgi_temp_path ${temp}/scgi;
  sendfile on;
  server_tokens off;
  charset utf-8;
  charset_types text/css application/javascript application/json application/xml application/rss+xml application/atom+xml image/svg+xml;
  gzip on;
  # The level other hosts use and the page budgets assume: nginx's own default (1) sends
  # a page's first round trip 15 % heavier than measured (tests/e2e/page-budgets.ts).
  gzip_comp_level 6;
  gzip_vary on;
  gzip_min_length 256;
  gzip_types text/css application/javascript application/json application/xml application/rss+xml application/atom+xml application/feed+json image/svg+xml text/plain;

  map $http_accept_language $careers_locale {
    default ${ROOT_REDIRECT.fallback};
${LOCALES.map((l) => `    "~*^(?:${unsupportedItem})*\\s*${l}(?:[-;,\\s]|$)" ${l};`).join('\n')}
  }

  server {
    listen ${options.listen}${tls ? ' ssl' : ''};
${tlsServer}    root ${options.root};
    index index.html;
    absolute_redirect off;

    location = / {
${withHeaders('no-cache')}
      add_header Vary "Accept-Language" always;
      return ${ROOT_REDIRECT.status} /$careers_locale/;
    }
${rewrites(environment)
  .map(
    ([from, to]) => `    location = ${from} {
${withHeaders(CACHE_RULES.revalidate)}
      try_files ${to} =404;
    }`,
  )
  .join('\n')}
${adminLocation}${sharedLocations}    location ${CACHE_RULES.immutable.prefix} {
${withHeaders(CACHE_RULES.immutable.value)}
      try_files $uri =404;
    }
${LOCALES.map(
  (locale) => `    location /${locale}/ {
${withHeaders(CACHE_RULES.revalidate)}
      try_files $uri $uri/ =404;
      error_page 404 ${notFoundPage(locale)}index.html;
    }`,
).join('\n')}
    location / {
${withHeaders(CACHE_RULES.revalidate)}
      try_files $uri $uri/ =404;
      error_page 404 ${notFoundPage(undefined)};
    }
  }
${httpServer}}
`;
}

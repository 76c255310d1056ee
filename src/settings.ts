/**
 * Deployment settings: the data the source posting cannot give (where the site lives,
 * which environment a build is for). Read from the environment at build time, validated
 * here so a typo stops the build with the variable's name. No Astro imports: the config,
 * the scripts and the tests share it.
 */
export const DEPLOY_ENVIRONMENTS = ['development', 'integration', 'production'] as const;
export type DeployEnvironment = (typeof DEPLOY_ENVIRONMENTS)[number];

/** What a page does when a translation of a published entry is missing. */
export const MISSING_TRANSLATION_POLICIES = ['error', 'fallback'] as const;
export type MissingTranslationPolicy = (typeof MISSING_TRANSLATION_POLICIES)[number];

/**
 * What the build does with an open or scheduled posting in an EU country that gives no
 * pay range (directive (EU) 2023/970: the range belongs in the vacancy notice from June
 * 2026): `warn` prints one line per posting and builds; `require` stops the build.
 */
export const PAY_TRANSPARENCY_POLICIES = ['warn', 'require'] as const;
export type PayTransparencyPolicy = (typeof PAY_TRANSPARENCY_POLICIES)[number];

export interface Settings {
  /** Absolute origin used for canonical URLs, hreflang, sitemap and feeds. */
  siteUrl: string;
  environment: DeployEnvironment;
  missingTranslation: MissingTranslationPolicy;
  payTransparency: PayTransparencyPolicy;
  /**
   * Where the job-alerts email form posts, for an applicant tracking system that offers
   * subscriptions. Unset: the alerts page offers feeds only and renders no form.
   */
  alertSubscribeUrl: string | undefined;
  /**
   * Where the visual editor saves, and the origin it is served from. Unset: no editor, but
   * for a development build's local one at /admin/.
   */
  cms: CmsSettings | undefined;
}

export const CMS_BACKENDS = ['github', 'azure'] as const;

/**
 * An editor signed in to a git host holds a token that can write to the repository. It is
 * served from an origin of its own (`origin`), never the public site's, so no script on
 * the public site can read that token.
 */
export type CmsSettings = { origin: string; repo: string; branch: string } & (
  | { backend: 'github'; authUrl: string | undefined }
  | { backend: 'azure'; tenantId: string; appId: string }
);

/** The editor's own origin: https, and not the public site's. */
function editorOrigin(env: Record<string, string | undefined>, siteUrl: string): string {
  const value = required(
    'CMS_ORIGIN',
    env.CMS_ORIGIN,
    'https://editor.careers.example.org',
    "CMS_BACKEND is set: the editor's sign-in token must live on an origin of its own",
  );
  const origin = new URL(httpsUrl('CMS_ORIGIN', value)!).origin;
  if (origin === new URL(siteUrl).origin)
    throw new Error(
      `CMS_ORIGIN: must differ from SITE_URL (${origin}), so no script on the public site can read the editor's token`,
    );
  return origin;
}

function required(name: string, value: string | undefined, example: string, why: string): string {
  if (!value) throw new Error(`${name}: required when ${why} (e.g. ${name}=${example})`);
  return value;
}

function readCms(
  env: Record<string, string | undefined>,
  siteUrl: string,
): CmsSettings | undefined {
  const backend = env.CMS_BACKEND;
  if (!backend) return undefined;
  if (!(CMS_BACKENDS as readonly string[]).includes(backend))
    throw new Error(`CMS_BACKEND: expected one of ${CMS_BACKENDS.join(', ')}, got "${backend}"`);
  const branch = env.CMS_BRANCH || 'main';
  if (backend === 'github') {
    const repo = required('CMS_REPO', env.CMS_REPO, 'bank/careers-site', 'CMS_BACKEND is github');
    if (!/^[\w.-]+\/[\w.-]+$/.test(repo))
      throw new Error(`CMS_REPO: expected owner/repository for GitHub, got "${repo}"`);
    return {
      backend,
      repo,
      branch,
      authUrl: httpsUrl('CMS_AUTH_URL', env.CMS_AUTH_URL),
      origin: editorOrigin(env, siteUrl),
    };
  }
  if (backend === 'azure') {
    const repo = required(
      'CMS_REPO',
      env.CMS_REPO,
      'bank/careers/careers-site',
      'CMS_BACKEND is azure',
    );
    if (!/^[\w.-]+\/[\w. -]+\/[\w.-]+$/.test(repo))
      throw new Error(
        `CMS_REPO: expected organization/project/repository for Azure DevOps, got "${repo}"`,
      );
    return {
      backend,
      repo,
      branch,
      tenantId: required(
        'CMS_AZURE_TENANT_ID',
        env.CMS_AZURE_TENANT_ID,
        '<directory (tenant) id>',
        'CMS_BACKEND is azure',
      ),
      appId: required(
        'CMS_AZURE_APP_ID',
        env.CMS_AZURE_APP_ID,
        '<application (client) id>',
        'CMS_BACKEND is azure',
      ),
      origin: editorOrigin(env, siteUrl),
    };
  }
  throw new Error(`CMS_BACKEND: expected one of ${CMS_BACKENDS.join(', ')}, got "${backend}"`);
}

/**
 * The build's day (YYYY-MM-DD), against which postings are scheduled, open or closed: a
 * daily scheduled build publishes and closes them. CAREERS_TODAY pins it for tests and previews.
 */
export function buildDay(env: Record<string, string | undefined> = process.env): string {
  const pinned = env.CAREERS_TODAY;
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned))
      throw new Error(`CAREERS_TODAY: expected a date like 2026-12-31, got "${pinned}"`);
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}

export const LOCAL_SITE_URL = 'http://localhost:4321';

/**
 * Where `astro build` writes the site. Tests build the fixture content into a second
 * folder so both sites can be served side by side.
 */
export function outDir(env: Record<string, string | undefined> = process.env): string {
  return env.CAREERS_OUT_DIR || 'dist';
}

/**
 * Where a build with CMS_BACKEND writes the visual editor: beside the site (`dist-editor`),
 * a second static site deployed to CMS_ORIGIN.
 */
export function editorOutDir(env: Record<string, string | undefined> = process.env): string {
  return `${outDir(env)}-editor`;
}

/**
 * Where Astro keeps its incremental-build cache and content store: its default unless
 * CAREERS_CACHE_DIR is set, which only the incremental-build test does, so its builds
 * neither reuse nor overwrite the project's.
 */
export function astroCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.CAREERS_CACHE_DIR || './node_modules/.astro';
}

function oneOf<T extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T {
  if (value === undefined || value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`${name}: expected one of ${allowed.join(', ')}, got "${value}"`);
}

/** An email address is personal data: it may only travel over https. */
function httpsUrl(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined;
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(
      `${name}: expected an absolute https:// URL like https://example.org/path, got "${value}"`,
    );
  }
  if (parsed.protocol !== 'https:') throw new Error(`${name}: must use https://, got "${value}"`);
  return parsed.href;
}

export function readSettings(env: Record<string, string | undefined> = process.env): Settings {
  const environment = oneOf('DEPLOY_ENV', env.DEPLOY_ENV, DEPLOY_ENVIRONMENTS, 'development');
  const rawUrl = env.SITE_URL;
  if (environment !== 'development' && !rawUrl) {
    throw new Error(
      `SITE_URL: required when DEPLOY_ENV is ${environment} (e.g. SITE_URL=https://careers.example.org)`,
    );
  }
  let siteUrl = LOCAL_SITE_URL;
  if (rawUrl) {
    let parsed: URL;
    try {
      parsed = new URL(rawUrl);
    } catch {
      throw new Error(
        `SITE_URL: expected an absolute URL like https://careers.example.org, got "${rawUrl}"`,
      );
    }
    if (environment !== 'development' && parsed.protocol !== 'https:') {
      throw new Error(`SITE_URL: must use https:// outside development, got "${rawUrl}"`);
    }
    siteUrl = parsed.origin;
  }
  return {
    siteUrl,
    alertSubscribeUrl: httpsUrl('ALERTS_SUBSCRIBE_URL', env.ALERTS_SUBSCRIBE_URL),
    cms: readCms(env, siteUrl),
    environment,
    missingTranslation: oneOf(
      'MISSING_TRANSLATION',
      env.MISSING_TRANSLATION,
      MISSING_TRANSLATION_POLICIES,
      'error',
    ),
    payTransparency: oneOf(
      'PAY_TRANSPARENCY',
      env.PAY_TRANSPARENCY,
      PAY_TRANSPARENCY_POLICIES,
      'warn',
    ),
  };
}

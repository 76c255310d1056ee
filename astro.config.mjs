// @ts-check
import { defineConfig, envField } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { DEFAULT_LOCALE, LOCALES } from './src/i18n/config.ts';
import {
  DEPLOY_ENVIRONMENTS,
  MISSING_TRANSLATION_POLICIES,
  astroCacheDir,
  outDir,
  readSettings,
} from './src/settings.ts';
import { contentModel } from './src/build/contentModel.ts';
import { buildSteps } from './src/build/buildSteps.ts';
import { devEditor } from './src/build/editor/devEditor.ts';
import { typesetBodies } from './src/build/typesetBodies.ts';

const settings = readSettings();
const content = contentModel();

export default defineConfig({
  site: settings.siteUrl,
  outDir: outDir(),
  cacheDir: astroCacheDir(),
  trailingSlash: 'always',
  // Two pages in flight: while one waits for its files to be written (the output and the
  // incremental-build cache), the rendering thread renders the next.
  // The site's CSS is in every page's <head>, not a file of its own: a stylesheet the browser
  // must fetch before painting costs a second round trip, and a page with its CSS fits the
  // first one (14 KB; tests/e2e/page-budgets.ts).
  build: { format: 'directory', concurrency: 2, inlineStylesheets: 'always' },
  // npm run dev is the editors' preview: the page as visitors see it, without Astro's own
  // developer toolbar over it.
  devToolbar: { enabled: false },
  i18n: {
    locales: [...LOCALES],
    defaultLocale: DEFAULT_LOCALE,
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
  env: {
    schema: {
      DEPLOY_ENV: envField.enum({
        context: 'server',
        access: 'public',
        values: [...DEPLOY_ENVIRONMENTS],
        default: 'development',
      }),
      MISSING_TRANSLATION: envField.enum({
        context: 'server',
        access: 'public',
        values: [...MISSING_TRANSLATION_POLICIES],
        default: 'error',
      }),
      // Validated (https only) by readSettings above; the alerts page reads it from here.
      ALERTS_SUBSCRIBE_URL: envField.string({
        context: 'server',
        access: 'public',
        optional: true,
        url: true,
      }),
    },
  },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "base-uri 'self'",
        // The job-alerts form may post to the subscription endpoint's origin, and nowhere else.
        `form-action 'self'${settings.alertSubscribeUrl ? ` ${new URL(settings.alertSubscribeUrl).origin}` : ''}`,
        "object-src 'none'",
      ],
      // Pagefind loads its index module from /pagefind/ and compiles WebAssembly.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Pages whose cacheKey (src/lib/siteMap.ts) and code are unchanged are copied from the
  // previous build: a one-posting edit re-renders that posting, not the site.
  experimental: { incrementalBuild: true },
  // Shiki highlights with inline styles, which the CSP forbids; postings have no code blocks.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [typesetBodies] }) },
  // The content model is read first, and stops the build on any problem; every step of
  // the build around Astro's own work, and their order, is in src/build/buildSteps.ts.
  integrations: [content.integration, mdx(), buildSteps(content.model), devEditor(content.model)],
  vite: {
    plugins: [tailwindcss()],
    build: {
      // A page's script is a file of its own, cached from page to page and outside the first
      // round trip, as modules run after the first paint anyway; Astro would inline those
      // under 4 KB. One stays in its page: the root page's language redirect
      // (src/pages/index.astro), which sends the visitor on and should not wait for a
      // request of its own. (The client build has no other asset Vite could inline.)
      assetsInlineLimit: (file) => /(^|\/)index\.astro_astro_type_script_/.test(file),
      rollupOptions: {
        // Every MDX module carries Astro's own "use astro:head-inject" directive, which the
        // bundler warns about once per file (3,000 warnings at 1,000 postings) though Astro
        // handles it: noise that buries the warnings an editor should read.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            warning.message.includes('astro:head-inject')
          )
            return;
          warn(warning);
        },
      },
    },
  },
});

/**
 * ESLint (flat config), as in Astro's model codebases: @eslint/js and typescript-eslint
 * recommended (syntax only, not type-checked: CI machines have 2 cores and `astro check`
 * already type-checks), plus eslint-plugin-astro for .astro files.
 * Formatting is Prettier's job (.prettierrc); none of these configs sets style rules.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
// Not a direct dependency: installed with eslint-plugin-astro, which imports it for the same purpose.
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  // Build outputs, caches and reports, as in .gitignore and .prettierignore.
  globalIgnores([
    'dist/',
    'dist-*/',
    '**/.astro/',
    '.cache/',
    'reports/',
    'test-results/',
    'playwright-report/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Everything but browser code runs in Node: the build, integrations, scripts, tests.
    // (.astro files get Node and Astro globals, and their <script>s browser ones, from the plugin.)
    files: ['**/*.{js,mjs,cjs,ts,mts,cts}'],
    ignores: ['src/scripts/**', 'src/build/editor/browser/**', '**/*.astro/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // Client-side scripts, bundled into the pages, and the visual editor's page script.
    files: ['src/scripts/**', 'src/build/editor/browser/**'],
    languageOptions: { globals: globals.browser },
  },
  {
    rules: {
      // No `any` without a comment saying why: an
      // `// eslint-disable-next-line @typescript-eslint/no-explicit-any -- why` is that comment.
      '@typescript-eslint/no-explicit-any': 'error',
      // `_name` marks a parameter a signature needs but the body does not use; a key taken out
      // of an object only so that `...rest` goes without it is not unused either.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
]);

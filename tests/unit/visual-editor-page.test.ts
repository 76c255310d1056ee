/**
 * The visual editor's page and its script, as the build writes them and `npm run dev`
 * serves them (src/build/editor/visualEditor.ts, editorScripts.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import {
  EDITOR_MAIN,
  EDITOR_SCRIPTS_DIR,
  editorScriptFile,
  editorScriptFiles,
} from '../../src/build/editor/editorScripts.ts';
import { DEV_SITE_STYLESHEET } from '../../src/build/editor/devEditor.ts';
import { editorPage, siteCss } from '../../src/build/editor/visualEditor.ts';

test('every module of the editor’s script is served, and so is every module it imports', async () => {
  const files = await editorScriptFiles();
  expect(EDITOR_MAIN).toBe(`${EDITOR_SCRIPTS_DIR}main.js`);
  expect(files.has('main.js')).toBe(true);
  let imports = 0;
  for (const [name, content] of files) {
    const statements =
      /^(?:import|export)\s[^'";]*?\bfrom\s*['"]([^'"]+)['"]|^import\s*['"]([^'"]+)['"]/gm;
    for (const [, from, bare] of String(content).matchAll(statements)) {
      const specifier = from ?? bare;
      imports += 1;
      // Only relative imports: a browser cannot resolve a package's name.
      expect(specifier, `${name} imports ${specifier}`).toMatch(/^\.\.?\//);
      const target = path.posix.join(path.posix.dirname(name), specifier!);
      expect(files.has(target), `${name} imports ${specifier}`).toBe(true);
    }
  }
  expect(imports).toBeGreaterThan(100);
});

test('the editor’s modules are served as JavaScript, one by one, and nothing outside them', async () => {
  const main = String(await editorScriptFile('main.js'));
  expect(main).toContain("from './yaml/index.js'");
  expect(main).not.toMatch(/: (string|unknown)\b|interface /);
  expect(await editorScriptFile('yaml/index.js')).toBeDefined();
  for (const outside of ['../devEditor.js', 'yaml/../../package.json', 'nope.js'])
    expect(await editorScriptFile(outside), outside).toBeUndefined();
});

test('the page loads the script as a module and names the site’s stylesheets for the preview', () => {
  const page = editorPage('/admin/', ['/_astro/site.css']);
  expect(page).toContain('<script type="module" src="/admin/editor/main.js"></script>');
  expect(page).toContain('<meta name="careers-preview-style" content="/_astro/site.css">');
  expect(page).not.toContain('decap-cms.js');
});

test('npm run dev previews with the stylesheet both layouts import', () => {
  for (const layout of ['src/layouts/BaseLayout.astro', 'src/layouts/RootLayout.astro'])
    expect(readFileSync(layout, 'utf8'), layout).toContain(
      `import '..${DEV_SITE_STYLESHEET.replace(/^\/src/, '')}';`,
    );
});

test("the preview takes the site's CSS from the pages' heads, each distinct block once", () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-editor-page-'));
  const pages = ['a.html', 'b.html'].map((name) => path.join(dir, name));
  writeFileSync(
    pages[0]!,
    '<html><head><style>.a{color:red}</style><link rel="icon" href="/favicon.svg"></head><body><style>.late{}</style></body></html>',
  );
  writeFileSync(
    pages[1]!,
    '<html><head><style>.b{color:blue}</style><style>.a{color:red}</style></head></html>',
  );
  expect(siteCss(pages)).toBe('.a{color:red}\n.b{color:blue}');
});

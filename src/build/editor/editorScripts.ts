/**
 * The editor page's own script: the TypeScript modules of ./browser/, served as ES modules
 * beside Decap's bundle (`editor/<name>.js`), with the browser build of the `yaml` package
 * they import (`editor/yaml/…`). Each module is transpiled on its own by TypeScript (types
 * are checked with the rest of the project by `astro check`): the browser loads the
 * modules itself, so there is nothing to bundle. One set of files for the build and for
 * `npm run dev`.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Under the editor's own folder (/admin/ or the root of CMS_ORIGIN). */
export const EDITOR_SCRIPTS_DIR = 'editor/';
export const EDITOR_MAIN = `${EDITOR_SCRIPTS_DIR}main.js`;

const BROWSER_DIR = fileURLToPath(new URL('./browser/', import.meta.url));
const YAML_DIR = 'yaml/';

/** The `yaml` package's browser build: plain ES modules, no dependency of their own. */
const yamlBrowserDir = () =>
  path.join(path.dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser');

const transpiled = new Map<string, { mtimeMs: number; text: string }>();

async function transpile(file: string): Promise<string> {
  const { mtimeMs } = statSync(file);
  const cached = transpiled.get(file);
  if (cached?.mtimeMs === mtimeMs) return cached.text;
  // Loaded only when the editor is published or served: it is a large module.
  const { default: ts } = await import('typescript');
  const { outputText } = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      // `./entryFormat.ts` → `./entryFormat.js`, the name it is served under.
      rewriteRelativeImportExtensions: true,
      verbatimModuleSyntax: true,
    },
  });
  // The one package the modules import, by its name, as Node resolves it for unit tests.
  const text = outputText.replace(/(from\s+)(['"])yaml\2/g, `$1$2./${YAML_DIR}index.js$2`);
  transpiled.set(file, { mtimeMs, text });
  return text;
}

const browserModules = () =>
  readdirSync(BROWSER_DIR).filter((name) => name.endsWith('.ts') && !name.endsWith('.d.ts'));

/** Every file of the editor's script, by its path under EDITOR_SCRIPTS_DIR. */
export async function editorScriptFiles(): Promise<Map<string, string | Buffer>> {
  const files = new Map<string, string | Buffer>();
  for (const name of browserModules())
    files.set(name.replace(/\.ts$/, '.js'), await transpile(path.join(BROWSER_DIR, name)));
  const yaml = yamlBrowserDir();
  for (const entry of readdirSync(yaml, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(
      `${YAML_DIR}${path.relative(yaml, file).split(path.sep).join('/')}`,
      readFileSync(file),
    );
  }
  return files;
}

/** One file of the editor's script, by its path under EDITOR_SCRIPTS_DIR, for the dev server. */
export async function editorScriptFile(name: string): Promise<string | Buffer | undefined> {
  if (name.startsWith(YAML_DIR)) {
    const root = yamlBrowserDir();
    const file = path.resolve(root, name.slice(YAML_DIR.length));
    if (!file.startsWith(`${root}${path.sep}`) || !file.endsWith('.js')) return undefined;
    try {
      return readFileSync(file);
    } catch {
      return undefined;
    }
  }
  const module = name.replace(/\.js$/, '.ts');
  return browserModules().includes(module) ? transpile(path.join(BROWSER_DIR, module)) : undefined;
}

/**
 * What public/ may hold besides the editors' images: the site serves it from its own
 * origin, so scripts, pages and host configurations are refused there, by name, with the
 * file's path. Names that only contain such a word are fine, and so is the media folder,
 * which has rules of its own (media-uploads.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { checkPublicFiles } from '../../src/content/media.ts';

function publicFolder(files: string[], folders: string[] = []): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'careers-public-'));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  for (const folder of folders) mkdirSync(path.join(dir, folder), { recursive: true });
  for (const name of files) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), 'x');
  }
  return dir;
}
const refused = (dir: string) => checkPublicFiles(dir).map((problem) => problem.file);

/** Names the site must not serve from public/, each kind in plain and unusual case. */
const REFUSED = [
  'widget.js',
  'a/module.MJS',
  'old.cjs',
  'landing.htm',
  'b/page.html',
  'doc.xhtml',
  'x.shtml',
  '_headers',
  'deep/_redirects',
  '_routes.json',
  'staticwebapp.config.json',
  '.htaccess',
  'Netlify.toml',
];

test('scripts, pages and host configurations are refused, each with its path, in order', () => {
  const dir = publicFolder(REFUSED);
  expect(refused(dir)).toEqual(REFUSED.map((name) => `public/${name}`).sort());
  expect(checkPublicFiles(dir)[0]).toMatchObject({ field: 'file' });
  expect(checkPublicFiles(dir)[0]!.message).toMatch(/; remove it$/);
});

test('names that only contain such a word are served as they are', () => {
  const dir = publicFolder([
    'notes.js.txt',
    'page.html.md',
    'my_headers',
    '_headers.txt',
    'netlify.toml.example',
    'logo.svg',
    'robots.txt',
  ]);
  expect(refused(dir)).toEqual([]);
});

test('folders are not files: a folder named like a script is looked into, not refused', () => {
  const dir = publicFolder(['bundle.js/readme.txt'], ['empty.html']);
  expect(refused(dir)).toEqual([]);
});

test('the media folder is left to its own rules, and a site without public/ has nothing to refuse', () => {
  const dir = publicFolder(['images/team/page.html', 'images/x.js']);
  expect(refused(dir)).toEqual([]);
  expect(checkPublicFiles(path.join(dir, 'missing'))).toEqual([]);
});

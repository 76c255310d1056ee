/**
 * `npm run dev` reads the content again after every save, keeping what it parsed and
 * checked the last time (src/content/readCache.ts). Whatever the edit, that read must give
 * the model and the problems a fresh read gives, as the build would.
 */
import {
  appendFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { expect, test } from 'vitest';
import { createReadCache } from '../../src/content/readCache.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { editableFixtureContent } from '../support/editableContent.ts';

const content = editableFixtureContent('careers-preview-');
const file = (...parts: string[]) => path.join(content.dir(), ...parts);
const posting = () => file('postings', 'fixture-data-intern', 'index.en.mdx');
const edit = (target: string, change: (text: string) => string) =>
  writeFileSync(target, change(readFileSync(target, 'utf8')));

/** The preview's read (with the cache of the reads before it) beside a fresh one. */
function readBoth(cache: ReturnType<typeof createReadCache>, publicDir = 'public') {
  const preview = content.read({ cache, publicDir });
  const fresh = content.read({ publicDir });
  return { preview, fresh };
}

test.each([
  ['a body edited', () => edit(posting(), (text) => `${text}\nOne more paragraph.\n`)],
  [
    'a title edited',
    () => edit(posting(), (text) => text.replace(/^title: .*$/m, 'title: Renamed intern')),
  ],
  [
    'a link to a page that does not exist',
    () => edit(posting(), (text) => `${text}\n<Link to="nowhere">x</Link>\n`),
  ],
  [
    'a page folder renamed, so a posting’s link to it breaks',
    () => renameSync(file('pages', 'company-bus'), file('pages', 'company-buses')),
  ],
  ['invalid YAML', () => edit(posting(), (text) => text.replace(/^title: .*$/m, 'title: a: b'))],
])('after %s, the preview reads what a build reads', (_, change) => {
  const cache = createReadCache();
  content.read({ cache });
  change();
  const { preview, fresh } = readBoth(cache);
  expect(preview.model).toEqual(fresh.model);
  expect(preview.sources).toEqual(fresh.sources);
});

test('a body that names a missing image is checked again at the next save, and clears once the image exists', async () => {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'careers-preview-public-'));
  try {
    const cache = createReadCache();
    appendFileSync(posting(), '\n![A team at work](/images/team.png)\n');
    const before = content.read({ cache, publicDir }).model.problems.map(formatProblem);
    expect(before.join('\n')).toContain('image /images/team.png: no such file in public/');

    mkdirSync(path.join(publicDir, 'images'));
    await sharp({ create: { width: 4, height: 4, channels: 3, background: '#ff6200' } })
      .png()
      .toFile(path.join(publicDir, 'images', 'team.png'));
    const { preview, fresh } = readBoth(cache, publicDir);
    expect(preview.model.problems).toEqual(fresh.model.problems);
    expect(preview.model.problems.map(formatProblem).join('\n')).not.toContain('team.png');
  } finally {
    rmSync(publicDir, { recursive: true, force: true });
  }
});

test('each read gets frontmatter of its own: a change to one model does not reach the next', () => {
  const cache = createReadCache();
  const first = content.read({ cache });
  const intern = first.model.postings.find((entry) => entry.id === 'fixture-data-intern')!;
  const version = Object.values(intern.versions)[0]!;
  (version.data as { title: string }).title = 'Changed in memory';
  const second = content.read({ cache });
  expect(second.model).toEqual(content.read().model);
});

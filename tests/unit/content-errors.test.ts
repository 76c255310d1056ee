/**
 * Every content problem the build knows, in one table: a mistake or a hostile edit made
 * to a copy of the fixture content, and the exact lines the build stops with (before
 * anything renders). Each line names the file, the field or line, and what to do.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, onTestFinished, test } from 'vitest';
import { editableFixtureContent } from '../support/editableContent.ts';
import { readContentModel, type ModelOptions } from '../../src/content/model.ts';
import { formatProblem } from '../../src/content/problems.ts';
import { FIXTURE_TODAY } from '../support/servers.ts';
import {
  HOSTILE_CASES,
  applyCase,
  withLines,
  type ContentCase,
} from '../fixtures/hostile-content.ts';

const content = editableFixtureContent('careers-content-');
const problems = (options: Partial<ModelOptions> = {}) =>
  content.read(options).model.problems.map(formatProblem);

const posting = 'postings/fixture-data-intern/index.es.mdx';
const shown = `content/${posting}`;
/** The fixture posting that gives a pay range, in all its languages. */
const paidPosting = 'postings/fixture-platform-engineer/index.es.mdx';
const shownPaid = `content/${paidPosting}`;

test('the fixture content has no problem', () => {
  expect(problems()).toEqual([]);
});

const MISTAKES: ContentCase[] = [
  {
    name: 'a team left blank (a choice: the message lists the teams)',
    file: posting,
    replace: [/^team: .*$/m, 'team: ""'],
    expected: [
      `${shown}: team: expected a team id from content/data/teams.yaml (data-analytics, it-engineering), got ""`,
    ],
  },
  {
    name: 'a date that is not a date',
    file: posting,
    replace: [/^validThrough: .*$/m, 'validThrough: next month'],
    expected: [`${shown}: validThrough: expected a date like 2026-12-31, got "next month"`],
  },
  {
    name: 'a misspelt field',
    file: posting,
    replace: [/^workMode:/m, 'workmode:'],
    expected: [
      `${shown}: workMode: required: one of onsite, hybrid, remote`,
      `${shown}: workmode: unknown field (check the spelling; see the fields in the scaffold or the editor guide)`,
    ],
  },
  {
    name: 'a missing required field',
    file: posting,
    replace: [/^title: .*\n/m, ''],
    expected: [`${shown}: title: title is required`],
  },
  {
    name: 'an apply link that is not https',
    file: posting,
    replace: [/^applyUrl: .*$/m, 'applyUrl: "javascript:alert(1)"'],
    expected: [
      `${shown}: applyUrl: expected a link starting with https://, got "javascript:alert(1)"`,
    ],
  },
  {
    name: 'a value that is not one of the choices, with the choices',
    file: posting,
    replace: [/^employmentType: .*$/m, 'employmentType: INTERNSHIP'],
    expected: [
      `${shown}: employmentType: expected one of FULL_TIME, PART_TIME, CONTRACTOR, TEMPORARY, INTERN, VOLUNTEER, PER_DIEM, OTHER, got "INTERNSHIP"`,
    ],
  },
  {
    name: 'broken YAML, with the line and the usual cause',
    file: posting,
    replace: [/^summary: .*$/m, 'summary: Apply now: it is fun'],
    expected: [
      `${shown}: frontmatter: invalid YAML at line 4: Nested mappings are not allowed in compact mappings (a value containing ": " must be in quotes)`,
    ],
  },
  {
    name: 'a bad entry in a data file names the entry and the field',
    file: 'data/bus-routes.yaml',
    replace: [/es: Norte/, 'es: ""'],
    expected: ['content/data/bus-routes.yaml: north.name.es: es must not be empty'],
  },
  {
    name: 'a heading that skips a level, and a second first-level heading',
    file: posting,
    append: '#### Too deep\n\n# Another title',
    expected: [
      `${shown}: line {line}: heading level 4 after level 2: headings must not skip a level`,
      `${shown}: line {line+2}: a "# " heading: the title is the page's only first-level heading; start sections with "## "`,
    ],
  },
  {
    name: 'an image without alt text',
    file: posting,
    append: '![](/logo.svg)',
    expected: [
      `${shown}: line {line}: image /logo.svg has no alt text: describe it between the brackets, ![like this](/logo.svg)`,
    ],
  },
  {
    name: 'an image that is not in the repository',
    file: posting,
    append: '![Team](/images/nowhere.png)',
    expected: [`${shown}: line {line}: image /images/nowhere.png: no such file in public/`],
  },
  {
    name: 'an http link, and a site address written by hand',
    file: posting,
    append: '[a](http://example.org/) [b](/es/empleos/)',
    expected: [
      `${shown}: line {line}: link http://example.org/ uses http: use https://`,
      `${shown}: line {line}: link /es/empleos/: a page of this site is linked with <Link to="page-id">text</Link>, which follows renamed pages and the reader's language; other links start with https://`,
    ],
  },
  {
    name: 'a <Link> to no page',
    file: posting,
    append: 'See <Link to="nowhere">this</Link>.',
    expected: [
      `${shown}: line {line}: <Link to="nowhere">: no such page (use home, jobs, benefits, search, saved, alerts, accessibility, or a folder name under content/postings or content/pages)`,
    ],
  },
  {
    name: 'a component a posting does not have',
    file: posting,
    append: 'Our routes: <BusRoutes /> and `<Chart>` in code.',
    expected: [
      `${shown}: line {line}: <BusRoutes> is not available in a posting: postings are Markdown with <Link to="page-id">text</Link> (found "<BusRoutes />")`,
    ],
  },
  {
    name: 'pages keep their components and notes',
    file: 'pages/company-bus/index.es.mdx',
    append: '<BusRoutes />\n\n{/* a note to translators */}',
    expected: [],
  },
  {
    name: 'two entries that would be published at the same address',
    file: 'pages/about/index.es.mdx',
    replace: [/^slug: .*$/m, 'slug: fixture-igualdad'],
    expected: [
      'content/pages/equal-opportunity/index.es.mdx: slug: the address /es/fixture-igualdad/ is already used by content/pages/about/index.es.mdx: choose another slug',
    ],
  },
  {
    name: "a page whose slug takes a section's address",
    file: 'pages/about/index.fr.mdx',
    replace: [/^slug: .*$/m, 'slug: offres'],
    expected: [
      "content/pages/about/index.fr.mdx: slug: the address /fr/offres/ is already used by the site's jobs page: choose another slug",
    ],
  },
  {
    name: 'a team that does not exist, listing the teams, and no request to copy it',
    file: posting,
    replace: [/^team: .*$/m, 'team: data-science'],
    expected: [
      `${shown}: team: expected a team id from content/data/teams.yaml (data-analytics, it-engineering), got "data-science"`,
    ],
  },
  {
    name: 'a benefit that is not a benefit page',
    file: posting,
    replace: [/^benefits: .*$/m, 'benefits: [about]'],
    expected: [
      `${shown}: benefits: "about" is not a benefit page in content/pages/ (the benefit pages are company-bus)`,
    ],
  },
  {
    name: 'a translation with another closing date',
    file: posting,
    replace: [/^validThrough: .*$/m, 'validThrough: 2098-01-01'],
    expected: [
      `${shown}: validThrough: expected 2099-12-31 as in index.en.mdx (the same in every language), got 2098-01-01`,
    ],
  },
  {
    name: 'a pay range whose maximum is below its minimum',
    file: paidPosting,
    replace: [/^ {2}max: .*$/m, '  max: 40000'],
    expected: [`${shownPaid}: payRange.max: must not be below payRange.min (45000), got 40000`],
  },
  {
    name: 'a translation with another pay range',
    file: paidPosting,
    replace: [/^ {2}max: .*$/m, '  max: 65000'],
    expected: [
      `${shownPaid}: payRange: expected {"min":45000,"max":60000,"currency":"EUR","period":"YEAR","basis":"gross"} as in index.en.mdx (the same in every language), got {"min":45000,"max":65000,"currency":"EUR","period":"YEAR","basis":"gross"}`,
    ],
  },
  {
    name: 'a translation without the pay range the original gives',
    file: paidPosting,
    replace: [/^payRange:\n(?: {2}.*\n)+/m, ''],
    expected: [
      `${shownPaid}: payRange: expected {"min":45000,"max":60000,"currency":"EUR","period":"YEAR","basis":"gross"} as in index.en.mdx (the same in every language), got nothing`,
    ],
  },
  {
    name: 'a missing translation',
    file: posting,
    remove: true,
    expected: [
      `${shown}: file: missing translation. Add the file, or build with MISSING_TRANSLATION=fallback to show the original with a notice.`,
    ],
  },
  {
    name: 'a missing original, named once for the entry',
    file: 'postings/fixture-data-intern/index.en.mdx',
    remove: true,
    expected: [
      'content/postings/fixture-data-intern/: sourceLocale: the files say the original is en, but index.en.mdx is missing',
    ],
  },
  {
    name: 'a file without frontmatter',
    file: posting,
    replace: [/[\s\S]*/, 'Just text'],
    expected: [
      `${shown}: frontmatter: expected the file to start with a frontmatter block between two "---" lines`,
    ],
  },
];

for (const change of [...MISTAKES, ...HOSTILE_CASES]) {
  test(change.name, () => {
    const line = applyCase(content.dir(), change);
    expect(problems()).toEqual(withLines(change.expected, line));
  });
}

test('two mistakes in two files are both reported in one pass, sorted by file', () => {
  applyCase(content.dir(), {
    name: '',
    file: posting,
    replace: [/^team: .*$/m, 'team: nope'],
    expected: [],
  });
  applyCase(content.dir(), {
    name: '',
    file: 'pages/about/index.en.mdx',
    append: '{1 + 1}',
    expected: [],
  });
  expect(problems().map((line) => line.split(':')[0])).toEqual([
    'content/pages/about/index.en.mdx',
    'content/postings/fixture-data-intern/index.es.mdx',
  ]);
});

test('a missing translation shows the original under the fallback policy', () => {
  rmSync(path.join(content.dir(), posting));
  const { model } = readContentModel({
    contentDir: content.dir(),
    publicDir: 'public',
    today: FIXTURE_TODAY,
    missingTranslation: 'fallback',
  });
  expect(model.problems).toEqual([]);
  const shownEs = model.postings
    .find((entry) => entry.id === 'fixture-data-intern')!
    .shown.find((version) => version.locale === 'es')!;
  expect(shownEs).toMatchObject({
    fallback: true,
    path: '/es/empleos/fixture-data-intern/',
    version: { locale: 'en' },
  });
});

test('a translation shown in the original language may not take an address another entry has', () => {
  rmSync(path.join(content.dir(), 'pages/equal-opportunity/index.es.mdx'));
  applyCase(content.dir(), {
    name: '',
    file: 'pages/about/index.es.mdx',
    replace: [/^slug: .*$/m, 'slug: fixture-egalite'],
    expected: [],
  });
  expect(problems({ missingTranslation: 'fallback' })).toEqual([
    'content/pages/equal-opportunity/index.fr.mdx: slug: the address /es/fixture-egalite/ (shown in es until index.es.mdx exists) is already used by content/pages/about/index.es.mdx: choose another slug',
  ]);
});

test('a posting before its datePosted is scheduled: not in the model, and not a link target', () => {
  applyCase(content.dir(), {
    name: '',
    file: 'pages/about/index.en.mdx',
    append: '<Link to="fixture-data-intern">Data</Link>',
    expected: [],
  });
  const early = readContentModel({
    contentDir: content.dir(),
    publicDir: 'public',
    today: '2026-01-31',
    missingTranslation: 'error',
  }).model;
  expect(early.postings.map((entry) => entry.id)).not.toContain('fixture-data-intern');
  expect(early.scheduled).toContainEqual({ id: 'fixture-data-intern', datePosted: '2026-02-01' });
  expect(early.problems.map(formatProblem)).toContain(
    'content/pages/about/index.en.mdx: line 15: <Link to="fixture-data-intern">: that posting is scheduled for 2026-02-01 and has no page until then',
  );
});

test('a passage in another language is marked with <span lang> in a posting and in a page', () => {
  applyCase(content.dir(), {
    name: '',
    file: posting,
    append: 'Nuestro lema: <span lang="en">do your thing</span>.',
    expected: [],
  });
  applyCase(content.dir(), {
    name: '',
    file: 'pages/about/index.es.mdx',
    append: 'Lema: <span lang="en">do your thing</span>.',
    expected: [],
  });
  expect(problems()).toEqual([]);
  applyCase(content.dir(), {
    name: '',
    file: 'pages/about/index.fr.mdx',
    append: '<span lang="en" onclick="x">x</span>',
    expected: [],
  });
  expect(problems()).toEqual([
    expect.stringMatching(
      /^content\/pages\/about\/index\.fr\.mdx: line \d+: <span> cannot be used in a page/,
    ),
  ]);
});

test('an Apply link to a host the organization does not list, in every language, is refused once per file and not asked to be copied', () => {
  for (const locale of ['en', 'es', 'fr']) {
    applyCase(content.dir(), {
      name: '',
      file: `postings/fixture-data-intern/index.${locale}.mdx`,
      replace: [/^applyUrl: .*$/m, 'applyUrl: https://ing-jobs.example/apply'],
      expected: [],
    });
  }
  expect(problems()).toEqual(
    ['en', 'es', 'fr'].map(
      (locale) =>
        `content/postings/fixture-data-intern/index.${locale}.mdx: applyUrl: ing-jobs.example is not an apply host in content/data/organization.yaml (apply.example.org): link to the applicant tracking system, or have the host added there`,
    ),
  );
});

test('a contact email on a domain the organization does not list is refused', () => {
  applyCase(content.dir(), {
    name: '',
    file: 'data/organization.yaml',
    replace: [/contactEmailDomains: \[\]/, 'contactEmailDomains: [example.org]'],
    expected: [],
  });
  for (const locale of ['en', 'es', 'fr']) {
    applyCase(content.dir(), {
      name: '',
      file: `postings/fixture-data-intern/index.${locale}.mdx`,
      replace: [/^ {2}name: (.*)$/m, '  name: $1\n  email: jobs@examp1e.org'],
      expected: [],
    });
  }
  expect(problems()).toEqual(
    ['en', 'es', 'fr'].map(
      (locale) =>
        `content/postings/fixture-data-intern/index.${locale}.mdx: contact.email: examp1e.org is not a contact domain in content/data/organization.yaml (example.org): use the bank's address, or have the domain added there`,
    ),
  );
});

const payWarning = (id: string) =>
  `content/postings/${id}/index.en.mdx: payRange: missing for a job in Spain (ES): in the EU, the pay-transparency directive (EU) 2023/970 requires the pay range in the vacancy notice from June 2026; add payRange (see "Pay range" in docs/editing-content.md)`;
/** The fixture postings in Spain without a pay range that are open or scheduled: not the closed one. */
const UNPAID = ['fixture-data-intern', 'fixture-markup', 'fixture-scheduled-analyst'];

test('PAY_TRANSPARENCY=warn: a posting in the EU without a pay range is one warning line, naming its original file, and the build goes on', () => {
  const { model } = readContentModel({
    contentDir: content.dir(),
    publicDir: 'public',
    today: FIXTURE_TODAY,
    missingTranslation: 'error',
  });
  expect(model.problems).toEqual([]);
  expect(model.warnings.map(formatProblem)).toEqual(UNPAID.map(payWarning));
});

test('PAY_TRANSPARENCY=require: the same lines stop the build', () => {
  expect(problems({ payTransparency: 'require' })).toEqual(UNPAID.map(payWarning));
});

test('a posting outside the EU, or one that is closed, needs no pay range', () => {
  for (const locale of ['en', 'es', 'fr']) {
    applyCase(content.dir(), {
      name: '',
      file: `postings/fixture-data-intern/index.${locale}.mdx`,
      replace: [/^ {2}country: ES$/m, '  country: CH'],
      expected: [],
    });
  }
  expect(problems({ payTransparency: 'require' })).toEqual(
    ['fixture-markup', 'fixture-scheduled-analyst'].map(payWarning),
  );
});

test('the media folder holds raster images within the size cap, judged by their bytes', () => {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'careers-public-'));
  onTestFinished(() => rmSync(publicDir, { recursive: true, force: true }));
  mkdirSync(path.join(publicDir, 'images'), { recursive: true });
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  writeFileSync(
    path.join(publicDir, 'images', 'team.png'),
    Buffer.concat([png, Buffer.alloc(100)]),
  );
  writeFileSync(path.join(publicDir, 'images', 'x.png'), 'alert(document.cookie)');
  writeFileSync(
    path.join(publicDir, 'images', 'logo.svg'),
    '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
  );
  writeFileSync(
    path.join(publicDir, 'images', 'huge.png'),
    Buffer.concat([png, Buffer.alloc(1024 * 1024)]),
  );
  expect(problems({ publicDir })).toEqual([
    'public/images/huge.png: file: 1.0 MB: images must be at most 1 MB; resize it (1600 px wide is plenty)',
    'public/images/logo.svg: file: not a PNG, JPEG, WebP, AVIF, GIF image: only raster images may be uploaded here; remove it',
    'public/images/x.png: file: not a PNG, JPEG, WebP, AVIF, GIF image: only raster images may be uploaded here; remove it',
  ]);
});

test('public/ holds no script, page or host config the site would serve with its own authority', () => {
  const publicDir = mkdtempSync(path.join(tmpdir(), 'careers-public-'));
  onTestFinished(() => rmSync(publicDir, { recursive: true, force: true }));
  mkdirSync(path.join(publicDir, 'docs'), { recursive: true });
  writeFileSync(path.join(publicDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(publicDir, 'docs', 'benefits.pdf'), '%PDF-1.7');
  writeFileSync(path.join(publicDir, '_worker.js'), 'export default { fetch() {} }');
  writeFileSync(path.join(publicDir, 'docs', 'track.mjs'), 'fetch("https://evil.example")');
  writeFileSync(path.join(publicDir, 'login.html'), '<form action="https://evil.example">');
  writeFileSync(path.join(publicDir, '_redirects'), '/* https://evil.example 302');
  expect(problems({ publicDir })).toEqual([
    'public/_redirects: file: a host configuration: the build generates these from src/build/hosting/policy.ts; remove it',
    "public/_worker.js: file: a script outside the build's own script folders (/_astro/, /pagefind/): scripts come from src/ and are bundled by the build; remove it",
    "public/docs/track.mjs: file: a script outside the build's own script folders (/_astro/, /pagefind/): scripts come from src/ and are bundled by the build; remove it",
    'public/login.html: file: a page outside the build: pages are written in content/ or src/pages/, where they are checked; remove it',
  ]);
});

test('an optional field the visual editor saved as null or cleared to "" is left out, as if never written; a required one is still reported', () => {
  const file = path.join(content.dir(), posting);
  const text = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    text.replace(/^contact:\n {2}name: (.*)$/m, 'contact:\n  name: $1\n  email: null'),
  );
  expect(problems()).toEqual([]);
  writeFileSync(
    file,
    text.replace(/^contact:\n {2}name: (.*)$/m, 'contact:\n  name: $1\n  email: ""'),
  );
  expect(problems()).toEqual([]);
  writeFileSync(file, text.replace(/^contact:\n {2}name: .*$/m, 'contact:\n  name: null'));
  expect(problems()).toEqual([`${shown}: contact.name: expected text, got null`]);
});

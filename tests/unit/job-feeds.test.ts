/** What a feed reader gets from the job feeds: the open postings of one language, newest date, its own addresses. */
import type { APIContext } from 'astro';
import { beforeEach, expect, test, vi } from 'vitest';
import type { Locale } from '../../src/i18n/config.ts';
import type { Interest } from '../../src/lib/interests.ts';

const site = 'https://careers.example.org';

interface FakePosting {
  locale: Locale;
  path: string;
  open: boolean;
  title: string;
  summary: string;
  team: string;
  employmentType: 'INTERN' | 'FULL_TIME';
  datePosted: string;
}

const postings: FakePosting[] = [
  {
    locale: 'en',
    path: '/en/jobs/backend-intern/',
    open: true,
    title: 'Backend Intern',
    summary: 'Build APIs.',
    team: 'it-engineering',
    employmentType: 'INTERN',
    datePosted: '2026-05-01',
  },
  {
    locale: 'en',
    path: '/en/jobs/data-analyst/',
    open: true,
    title: 'Data Analyst',
    summary: 'Read numbers.',
    team: 'data',
    employmentType: 'FULL_TIME',
    datePosted: '2026-05-20',
  },
  {
    locale: 'en',
    path: '/en/jobs/closed-role/',
    open: false,
    title: 'Closed Role',
    summary: 'Gone.',
    team: 'it-engineering',
    employmentType: 'INTERN',
    datePosted: '2026-05-30',
  },
  {
    locale: 'es',
    path: '/es/empleos/practicas-backend/',
    open: true,
    title: 'Prácticas Backend',
    summary: 'APIs.',
    team: 'it-engineering',
    employmentType: 'INTERN',
    datePosted: '2026-05-01',
  },
];

const siteMap = {
  today: '2026-06-01',
  factsKey: 'facts-1',
  teams: [
    {
      id: 'it-engineering',
      name: { en: 'IT Engineering', es: 'Ingeniería IT', fr: 'Ingénierie IT' },
    },
    { id: 'data', name: { en: 'Data', es: 'Datos', fr: 'Données' } },
  ],
  open: true,
  postings: (locale: Locale) =>
    postings
      .filter((posting) => posting.locale === locale && (siteMap.open || !posting.open))
      .map((posting) => ({
        path: posting.path,
        open: posting.open,
        entry: {
          data: {
            title: posting.title,
            summary: posting.summary,
            team: posting.team,
            employmentType: posting.employmentType,
            datePosted: new Date(`${posting.datePosted}T00:00:00Z`),
          },
        },
      })),
  href: (locale: Locale, target: string) =>
    ({
      en: { jobs: '/en/jobs/', alerts: '/en/job-alerts/' },
      es: { jobs: '/es/empleos/', alerts: '/es/alertas-de-empleo/' },
      fr: { jobs: '/fr/offres/', alerts: '/fr/alertes-emploi/' },
      nl: { jobs: '/nl/vacatures/', alerts: '/nl/vacaturealerts/' },
    })[locale][target as 'jobs' | 'alerts'],
};

vi.mock('../../src/lib/siteMap.ts', () => ({ getSiteMap: async () => siteMap }));
const { feedPath, feedResponse, feedStaticPaths, interestFeedStaticPaths, interestLabel } =
  await import('../../src/lib/feeds.ts');

beforeEach(() => {
  siteMap.open = true;
});

const team = (id: string): Interest => ({ id: `team-${id}`, kind: 'team', team: id });
const intern: Interest = { id: 'type-intern', kind: 'employmentType', employmentType: 'INTERN' };

async function feed(
  locale: Locale,
  format: 'rss' | 'atom' | 'json',
  interest?: Interest,
): Promise<{ type: string | null; body: string }> {
  const context = {
    params: { locale },
    props: interest ? { interest } : {},
    site: new URL(site),
    url: new URL(`${site}/`),
  } as unknown as APIContext;
  const response = await feedResponse(context, format);
  return { type: response.headers.get('Content-Type'), body: await response.text() };
}

interface JsonFeed {
  title: string;
  description: string;
  home_page_url: string;
  feed_url: string;
  language?: string;
  items: {
    id: string;
    url: string;
    title: string;
    content_html: string;
    date_published: string;
  }[];
}
const jsonFeed = async (locale: Locale, interest?: Interest) =>
  JSON.parse((await feed(locale, 'json', interest)).body) as JsonFeed;

test('the jobs feed lists the open postings of its language, linked by absolute address', async () => {
  const json = await jsonFeed('en');
  expect(json.title).toBe('Open positions | Careers at ING');
  expect(json.home_page_url).toBe(`${site}/en/jobs/`);
  expect(json.description).toBe(
    'All open positions at ING: filter by team, location, type of contract and work mode.',
  );
  expect(json.items.map((item) => [item.title, item.url, item.content_html])).toEqual([
    ['Backend Intern', `${site}/en/jobs/backend-intern/`, 'Build APIs.'],
    ['Data Analyst', `${site}/en/jobs/data-analyst/`, 'Read numbers.'],
  ]);
  expect(json.items[0]!.id).toBe(`${site}/en/jobs/backend-intern/`);
  expect(json.items[0]!.date_published).toBe('2026-05-01T00:00:00.000Z');
  expect((await jsonFeed('es')).items.map((item) => item.title)).toEqual(['Prácticas Backend']);
});

test('each format is served with its own media type and names the addresses of the others', async () => {
  const rss = await feed('en', 'rss');
  expect(rss.type).toBe('application/rss+xml; charset=utf-8');
  expect(rss.body).toContain(`<atom:link href="${site}/en/rss.xml" rel="self"`);
  expect(rss.body).toContain('<language>en</language>');
  const atom = await feed('en', 'atom');
  expect(atom.type).toBe('application/atom+xml; charset=utf-8');
  expect(atom.body).toContain(`<id>${site}/en/jobs/</id>`);
  expect(atom.body).toContain(`<link rel="self" href="${site}/en/atom.xml"/>`);
  expect(atom.body).toContain('<title type="text">Backend Intern</title>');
  expect(atom.body).toContain(`<icon>${site}/favicon.svg</icon>`);
  const json = await feed('en', 'json');
  expect(json.type).toBe('application/feed+json; charset=utf-8');
  expect((JSON.parse(json.body) as JsonFeed).feed_url).toBe(`${site}/en/feed.json`);
});

test('a feed is dated by its newest posting, or by the build day when nothing is open', async () => {
  // The feed's own date, before its entries (each entry carries its posting's date too).
  const updated = async () =>
    /<updated>([^<]*)<\/updated>/.exec((await feed('en', 'atom')).body.split('<entry>')[0]!)?.[1];
  expect(await updated()).toBe('2026-05-20T00:00:00.000Z');
  siteMap.open = false;
  expect(await updated()).toBe('2026-06-01T00:00:00.000Z');
  const empty = await feed('en', 'atom');
  expect(empty.body).not.toContain('<entry>');
});

test('an interest feed lists only the postings of that team or type of contract, under its own title and address', async () => {
  const data = await jsonFeed('en', team('data'));
  expect(data.title).toBe('Data: Open positions | Careers at ING');
  expect(data.home_page_url).toBe(`${site}/en/job-alerts/`);
  expect(data.feed_url).toBe(`${site}/en/feeds/team-data/feed.json`);
  expect(data.items.map((item) => item.title)).toEqual(['Data Analyst']);
  const interns = await jsonFeed('es', intern);
  expect(interns.title).toBe('Prácticas: ofertas de empleo | Empleo en ING');
  expect(interns.items.map((item) => item.title)).toEqual(['Prácticas Backend']);
  const atom = await feed('en', 'atom', intern);
  expect(atom.body).toContain(`<id>${site}/en/feeds/type-intern/atom.xml</id>`);
});

test('feed addresses: all jobs at the language root, an interest under feeds/', () => {
  expect(feedPath('fr', 'rss')).toBe('/fr/rss.xml');
  expect(feedPath('es', 'json', intern)).toBe('/es/feeds/type-intern/feed.json');
});

test('there is an all-jobs feed per language, rebuilt when the postings’ facts change', async () => {
  expect(await feedStaticPaths()).toEqual([
    { params: { locale: 'en' }, cacheKey: 'facts-1' },
    { params: { locale: 'es' }, cacheKey: 'facts-1' },
    { params: { locale: 'fr' }, cacheKey: 'facts-1' },
  ]);
});

test('there is an interest feed per language, team and type of contract', async () => {
  const paths = await interestFeedStaticPaths();
  const ids = paths.map((entry) => `${entry.params.locale}/${entry.params.interest}`);
  expect(ids).toContain('fr/team-data');
  expect(ids).toContain('es/type-intern');
  expect(paths.every((entry) => entry.cacheKey === 'facts-1')).toBe(true);
  expect(paths.find((entry) => entry.params.interest === 'team-data')?.props.interest).toEqual(
    team('data'),
  );
});

test('an interest names its team in the reader’s language, and a team missing from teams.yaml stops the build', async () => {
  expect(await interestLabel('fr', team('data'))).toBe('Données');
  await expect(interestLabel('en', team('marketing'))).rejects.toThrow(
    'No team "marketing" in content/data/teams.yaml',
  );
});

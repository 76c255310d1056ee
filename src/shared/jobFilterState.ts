/** Job filter state and matching, shared by the browser script and the unit tests. */
export const FILTER_NAMES = ['q', 'team', 'location', 'type', 'mode', 'pay'] as const;
export type JobFilters = Record<(typeof FILTER_NAMES)[number], string>;

/**
 * The value of the `pay` filter, and of a posting's `pay` fact when it states a pay range:
 * `?pay=given` keeps only those (a checkbox, so the only value it sends).
 */
export const PAY_GIVEN = 'given';

export function readFilters(params: URLSearchParams): JobFilters {
  return Object.fromEntries(
    FILTER_NAMES.map((name) => [name, (params.get(name) ?? '').trim()]),
  ) as JobFilters;
}

/** Only the filters in use, in a stable order, so equal states give equal URLs. */
export function writeFilters(filters: JobFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of FILTER_NAMES) if (filters[name]) params.set(name, filters[name]);
  return params;
}

export interface JobFacts {
  team: string;
  location: string;
  type: string;
  mode: string;
  /** PAY_GIVEN when the posting states a pay range, otherwise empty. */
  pay: string;
  text: string;
}

/**
 * A posting as its card on the jobs list shows it (src/components/PostingCard.astro), and
 * the facts the filters match: the entries of /<locale>/open-postings.json, from which the
 * jobs list's script draws the cards of every page when a visitor filters.
 */
export interface PostingCardData {
  id: string;
  path: string;
  title: string;
  /** Team and city, as the card's second line says them. */
  meta: string;
  summary: string;
  /** The type of contract and the work mode, as the card's labels say them. */
  facts: string[];
  /** The pay range as the card shows it, when the posting states one. */
  pay?: string;
  team: string;
  location: string;
  type: string;
  mode: string;
}

/** What the filters compare of a card: its facts, and its words for the free-text search. */
export function cardFacts(card: PostingCardData): JobFacts {
  return {
    team: card.team,
    location: card.location,
    type: card.type,
    mode: card.mode,
    pay: card.pay === undefined ? '' : PAY_GIVEN,
    text: `${card.title} ${card.summary} ${card.meta}`,
  };
}

/** Accent- and case-insensitive, so "ingenieria" finds "Ingeniería". */
export function normalize(text: string, lang: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase(lang);
}

export function matchesFilters(job: JobFacts, filters: JobFilters, lang: string): boolean {
  if (filters.team && job.team !== filters.team) return false;
  if (filters.location && job.location !== filters.location) return false;
  if (filters.type && job.type !== filters.type) return false;
  if (filters.mode && job.mode !== filters.mode) return false;
  if (filters.pay && job.pay !== filters.pay) return false;
  const haystack = normalize(job.text, lang);
  return normalize(filters.q, lang)
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

import { expect, test } from 'vitest';
import { closestPostings, type RelatedFacts } from '../../src/lib/relatedPostings.ts';

interface Posting extends RelatedFacts {
  id: string;
  open?: boolean;
}

const own: RelatedFacts = { team: 'it', city: 'Madrid', employmentType: 'INTERN' };
const facts = (posting: Posting) => (posting.open === false ? undefined : posting);
const ids = (list: Posting[]) => list.map((posting) => posting.id);

test('most in common first, newest first among equals, nothing unrelated', () => {
  const newestFirst: Posting[] = [
    { id: 'city-only', team: 'data', city: 'Madrid', employmentType: 'FULL_TIME' },
    { id: 'all-three-new', team: 'it', city: 'Madrid', employmentType: 'INTERN' },
    { id: 'unrelated', team: 'data', city: 'Paris', employmentType: 'FULL_TIME' },
    { id: 'two', team: 'it', city: 'Paris', employmentType: 'INTERN' },
    { id: 'all-three-old', team: 'it', city: 'Madrid', employmentType: 'INTERN' },
  ];
  expect(ids(closestPostings(own, newestFirst, facts, 10))).toEqual([
    'all-three-new',
    'all-three-old',
    'two',
    'city-only',
  ]);
  expect(ids(closestPostings(own, newestFirst, facts, 3))).toEqual([
    'all-three-new',
    'all-three-old',
    'two',
  ]);
});

test('postings the caller rules out (closed, the posting itself) are skipped', () => {
  const newestFirst: Posting[] = [
    { id: 'closed', team: 'it', city: 'Madrid', employmentType: 'INTERN', open: false },
    { id: 'open', team: 'it', city: 'Lyon', employmentType: 'INTERN' },
  ];
  expect(ids(closestPostings(own, newestFirst, facts, 3))).toEqual(['open']);
});

test('stops reading the list once it has enough postings sharing everything', () => {
  let read = 0;
  function* many(): Generator<Posting> {
    for (let index = 0; index < 1000; index++) {
      read++;
      yield { id: `p${index}`, ...own };
    }
  }
  expect(ids(closestPostings(own, many(), facts, 3))).toEqual(['p0', 'p1', 'p2']);
  expect(read).toBe(3);
});

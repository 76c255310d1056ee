/**
 * A posting's lifecycle, decided on the build's day: scheduled before its datePosted (in no
 * output at all), open from that day through its whole validThrough day, closed after it
 * (its page stays, marked closed and out of lists, feeds and the sitemap).
 */
import { fixtureModel } from '../support/content.ts';
import { expect, test } from 'vitest';
import { postingStatus } from '../../src/content/model.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const posting = { datePosted: day('2026-02-01'), validThrough: day('2026-03-31') };

test('a posting opens on its datePosted, not the day before', () => {
  expect(postingStatus(posting, '2026-01-31')).toBe('scheduled');
  expect(postingStatus(posting, '2026-02-01')).toBe('open');
});

test('a posting is open through its whole closing day and closed the day after', () => {
  expect(postingStatus(posting, '2026-03-31')).toBe('open');
  expect(postingStatus(posting, '2026-04-01')).toBe('closed');
});

test('a posting posted and closing on the same day is open that day only', () => {
  const oneDay = { datePosted: day('2026-05-05'), validThrough: day('2026-05-05') };
  expect(
    ['2026-05-04', '2026-05-05', '2026-05-06'].map((today) => postingStatus(oneDay, today)),
  ).toEqual(['scheduled', 'open', 'closed']);
});

test("the build's day decides which postings are open, closed or not published yet", () => {
  const { postings, scheduled, today } = fixtureModel('2026-06-01');
  expect(today).toBe('2026-06-01');
  expect(Object.fromEntries(postings.map((entry) => [entry.id, entry.status]))).toEqual({
    'fixture-closed-analyst': 'closed',
    'fixture-data-intern': 'open',
    'fixture-markup': 'open',
    'fixture-platform-engineer': 'open',
  });
  expect(scheduled).toEqual([{ id: 'fixture-scheduled-analyst', datePosted: '2200-01-01' }]);
});

test('a closed posting keeps its page in every language; a scheduled one has none', () => {
  const { postings } = fixtureModel('2026-06-01');
  const closed = postings.find((entry) => entry.id === 'fixture-closed-analyst')!;
  expect(closed.shown.map((shown) => shown.locale)).toEqual(['en', 'es', 'fr']);
  expect(closed.shown.every((shown) => shown.path.includes('/fixture-'))).toBe(true);
  expect(postings.map((entry) => entry.id)).not.toContain('fixture-scheduled-analyst');
});

test('on the day a scheduled posting opens, it is published like any other', () => {
  const { postings, scheduled } = fixtureModel('2200-01-01');
  expect(scheduled).toEqual([]);
  expect(postings.find((entry) => entry.id === 'fixture-scheduled-analyst')?.status).toBe('open');
});

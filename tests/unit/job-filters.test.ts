import { expect, test } from 'vitest';
import { matchesFilters, readFilters, writeFilters } from '../../src/shared/jobFilterState.ts';

const job = {
  team: 'it-engineering',
  location: 'Madrid',
  type: 'INTERN',
  mode: 'hybrid',
  text: 'Prácticas de Ingeniería Backend Madrid',
};
const none = readFilters(new URLSearchParams());

test('no filter matches every job', () => {
  expect(matchesFilters(job, none, 'es')).toBe(true);
});

test('each facet narrows the list', () => {
  expect(matchesFilters(job, { ...none, team: 'it-engineering' }, 'es')).toBe(true);
  expect(matchesFilters(job, { ...none, team: 'data' }, 'es')).toBe(false);
  expect(matchesFilters(job, { ...none, type: 'FULL_TIME' }, 'es')).toBe(false);
  expect(matchesFilters(job, { ...none, mode: 'remote' }, 'es')).toBe(false);
  expect(matchesFilters(job, { ...none, location: 'Barcelona' }, 'es')).toBe(false);
});

test('a job that has every chosen facet stays in the list', () => {
  expect(
    matchesFilters(
      job,
      { q: 'backend', team: 'it-engineering', location: 'Madrid', type: 'INTERN', mode: 'hybrid' },
      'es',
    ),
  ).toBe(true);
});

test('free text ignores case and accents and needs every word', () => {
  expect(matchesFilters(job, { ...none, q: 'ingenieria BACKEND' }, 'es')).toBe(true);
  expect(matchesFilters(job, { ...none, q: 'practicas java' }, 'es')).toBe(false);
});

test('the URL keeps only filters in use, in a stable order', () => {
  const filters = readFilters(new URLSearchParams('mode=hybrid&q=%20backend%20&team='));
  expect(writeFilters(filters).toString()).toBe('q=backend&mode=hybrid');
});

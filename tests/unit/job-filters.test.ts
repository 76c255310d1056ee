import { expect, test } from 'vitest';
import {
  PAY_GIVEN,
  cardFacts,
  matchesFilters,
  readFilters,
  writeFilters,
} from '../../src/shared/jobFilterState.ts';

const job = {
  team: 'it-engineering',
  location: 'Madrid',
  type: 'INTERN',
  mode: 'hybrid',
  pay: '',
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
      {
        ...none,
        q: 'backend',
        team: 'it-engineering',
        location: 'Madrid',
        type: 'INTERN',
        mode: 'hybrid',
      },
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

test('"pay range given" keeps only the postings that state one, and nothing else when unchecked', () => {
  const paid = { ...job, pay: PAY_GIVEN };
  const onlyPaid = readFilters(new URLSearchParams(`pay=${PAY_GIVEN}`));
  expect(matchesFilters(paid, onlyPaid, 'es')).toBe(true);
  expect(matchesFilters(job, onlyPaid, 'es')).toBe(false);
  expect(matchesFilters(job, none, 'es')).toBe(true);
  expect(matchesFilters(paid, { ...onlyPaid, mode: 'remote' }, 'es')).toBe(false);
  expect(writeFilters({ ...none, pay: PAY_GIVEN, team: 'it-engineering' }).toString()).toBe(
    'team=it-engineering&pay=given',
  );
});

test('a posting card from the open-postings file is found by its title, summary, team and city, and by pay only when it states one', () => {
  const card = {
    id: 'data-intern',
    path: '/es/empleos/practicas-datos/',
    title: 'Prácticas de datos',
    summary: 'Analiza los datos de millones de clientes.',
    meta: 'Data Analytics · Barcelona',
    facts: ['Prácticas', 'Híbrido'],
    team: 'data-analytics',
    location: 'Barcelona',
    type: 'INTERN',
    mode: 'hybrid',
  };
  const search = (q: string, more = '') =>
    matchesFilters(cardFacts(card), readFilters(new URLSearchParams(`q=${q}${more}`)), 'es');
  expect(search('practicas')).toBe(true);
  expect(search('millones clientes')).toBe(true);
  expect(search('analytics barcelona')).toBe(true);
  expect(search('madrid')).toBe(false);
  expect(search('', `&pay=${PAY_GIVEN}`)).toBe(false);
  expect(cardFacts({ ...card, pay: '€1,000 a month' }).pay).toBe(PAY_GIVEN);
  expect(search('', '&team=data-analytics&location=Barcelona&type=INTERN&mode=hybrid')).toBe(true);
});

import { expect, test } from 'vitest';
import { parseSaved, toggled } from '../../src/shared/savedJobs.ts';

test('reads saved ids, ignoring anything that is not a posting id', () => {
  expect(parseSaved('["backend-engineer-intern","x",1,"<script>","x"]')).toEqual([
    'backend-engineer-intern',
    'x',
  ]);
  expect(parseSaved('{"not":"a list"}')).toEqual([]);
  expect(parseSaved('not json')).toEqual([]);
  expect(parseSaved(null)).toEqual([]);
});

test('toggling saves an unsaved posting and removes a saved one', () => {
  expect(toggled([], 'a')).toEqual(['a']);
  expect(toggled(['a', 'b'], 'a')).toEqual(['b']);
});

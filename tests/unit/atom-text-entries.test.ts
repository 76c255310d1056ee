/** Atom entries carry their titles and summaries as text, so markup an editor typed is shown, never rendered. */
import { Feed } from 'feed';
import { expect, test } from 'vitest';
import { atomWithTextEntries } from '../../src/lib/feeds.ts';

test('entry titles and summaries are type="text", with their markup escaped', () => {
  const feed = new Feed({
    id: 'https://x.test/',
    title: 'Jobs',
    copyright: '',
    updated: new Date('2026-06-01T00:00:00Z'),
  });
  feed.addItem({
    id: 'https://x.test/1',
    link: 'https://x.test/1',
    title: 'Fixture <b>Bold</b> & "Quoted"',
    description: '<img src=x onerror=alert(2)>',
    date: new Date('2026-06-01T00:00:00Z'),
  });
  const atom = atomWithTextEntries(feed.atom1());
  expect(atom).not.toContain('type="html"');
  expect(atom).toContain(
    '<title type="text">Fixture &lt;b&gt;Bold&lt;/b&gt; &amp; "Quoted"</title>',
  );
  expect(atom).toContain('<summary type="text">&lt;img src=x onerror=alert(2)&gt;</summary>');
});

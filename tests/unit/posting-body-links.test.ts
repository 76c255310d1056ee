import { expect, test } from 'vitest';
import { linksToMarkdown, resolveContentLinks } from '../../src/content/markdownBody.ts';

test('<Link to> becomes a Markdown link the page resolves, wherever it stands on the line', () => {
  expect(linksToMarkdown('- <Link to="company-bus">Free **company** bus</Link>: six routes.')).toBe(
    '- [Free **company** bus](careers-link:company-bus): six routes.',
  );
  expect(
    linksToMarkdown(
      '<Link to="about">Read more</Link> about us, and <Link to="jobs">the jobs</Link>.',
    ),
  ).toBe('[Read more](careers-link:about) about us, and [the jobs](careers-link:jobs).');
  expect(linksToMarkdown('See <Link to="offices">[new] offices</Link>.')).toBe(
    'See [\\[new\\] offices](careers-link:offices).',
  );
});

test('code shows <Link> as written', () => {
  const body = [
    'Use `<Link to="jobs">jobs</Link>` like this:',
    '',
    '```mdx',
    '<Link to="jobs">open positions</Link>',
    '```',
    'Then <Link to="jobs">apply</Link>.',
  ].join('\n');
  expect(linksToMarkdown(body).split('\n')).toEqual([
    'Use `<Link to="jobs">jobs</Link>` like this:',
    '',
    '```mdx',
    '<Link to="jobs">open positions</Link>',
    '```',
    'Then [apply](careers-link:jobs).',
  ]);
});

test('code fenced with tildes or indented fences, and double-backtick spans, show <Link> as written too', () => {
  const body = [
    '~~~',
    '<Link to="jobs">in tildes</Link>',
    '~~~',
    '  ```',
    '<Link to="jobs">in an indented fence</Link>',
    '  ```',
    'Use ``<Link to="jobs">`x`</Link>`` or <Link  to="jobs" >the jobs</Link>.',
  ].join('\n');
  expect(linksToMarkdown(body).split('\n')).toEqual([
    '~~~',
    '<Link to="jobs">in tildes</Link>',
    '~~~',
    '  ```',
    '<Link to="jobs">in an indented fence</Link>',
    '  ```',
    'Use ``<Link to="jobs">`x`</Link>`` or [the jobs](careers-link:jobs).',
  ]);
});

test('the page resolves each link in its own language and leaves other links alone', () => {
  const html =
    '<p><a href="careers-link:company-bus">bus</a>, <a href="https://www.ing.jobs/">ING</a> and <a href="careers-link:jobs">jobs</a></p>';
  const paths: Record<string, string> = {
    'company-bus': '/es/beneficios/autobus-de-empresa/',
    jobs: '/es/empleos/',
  };
  expect(resolveContentLinks(html, (id) => paths[id]!)).toBe(
    '<p><a href="/es/beneficios/autobus-de-empresa/">bus</a>, <a href="https://www.ing.jobs/">ING</a> and <a href="/es/empleos/">jobs</a></p>',
  );
});

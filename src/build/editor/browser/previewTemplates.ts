/**
 * Decap's preview pane, drawn with the site's own markup classes (PostingView.astro,
 * PageView.astro) so that the site's stylesheet, registered as the pane's style, shows a
 * posting or a page as the site will: its heading, summary and body text.
 */

/** The editor's page names the site's stylesheets in `<meta name="careers-preview-style">`. */
export const PREVIEW_STYLE_META = 'careers-preview-style';

/** React's createElement, which Decap's bundle exposes as `window.h`. */
export type CreateElement = (
  type: string,
  props: Record<string, unknown> | null,
  ...children: unknown[]
) => unknown;

export interface PreviewProps {
  entry: { getIn(path: string[]): unknown };
  widgetFor(name: string): unknown;
}

const text = (entry: PreviewProps['entry'], name: string) => {
  const value = entry.getIn(['data', name]);
  return typeof value === 'string' ? value : '';
};

const PROSE = 'prose-careers';

/**
 * The site spaces a body's paragraphs and headings by `.prose-careers > * + *`, and Decap
 * draws a body inside a wrapper of its own: the class goes on that wrapper, as soon as
 * Decap puts it there, so that the body's elements are its children as on the site.
 */
function proseInside(element: HTMLElement | null): (() => void) | undefined {
  if (!element) return undefined;
  const mark = () => element.firstElementChild?.classList.add(PROSE);
  mark();
  const observer = new MutationObserver(mark);
  observer.observe(element, { childList: true });
  return () => observer.disconnect();
}

/** One template per collection (decapConfig.ts names them). */
export function previewTemplates(
  h: CreateElement,
): Record<string, (props: PreviewProps) => unknown> {
  const layout = (...children: unknown[]) =>
    h('main', { className: 'mx-auto w-full max-w-5xl px-4 py-8 sm:px-6' }, ...children);
  const body = (widgetFor: PreviewProps['widgetFor']) =>
    h('div', { className: 'mt-8 max-w-3xl', ref: proseInside }, widgetFor('body'));
  return {
    postings: ({ entry, widgetFor }) =>
      layout(
        h(
          'article',
          null,
          h(
            'header',
            { className: 'rounded-3xl bg-surface px-6 py-8 sm:px-10' },
            h('h1', { className: 'text-3xl sm:text-4xl' }, text(entry, 'title')),
            h('p', { className: 'mt-3 text-lg' }, text(entry, 'summary')),
          ),
          body(widgetFor),
        ),
      ),
    pages: ({ entry, widgetFor }) =>
      layout(
        h(
          'article',
          null,
          h('h1', { className: 'text-3xl sm:text-4xl' }, text(entry, 'title')),
          h('p', { className: 'mt-4 max-w-2xl text-lg' }, text(entry, 'description')),
          body(widgetFor),
        ),
      ),
  };
}

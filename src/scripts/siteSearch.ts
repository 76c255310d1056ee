/**
 * Client search over the Pagefind index of the page's language (data-search-bundle,
 * /pagefind/<locale>/), so results stay in that language. The query lives in the URL
 * (?q=), so a search can be shared and Back returns to it. Excerpts are built as DOM
 * nodes, never as HTML strings.
 */
interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

export function enhanceSiteSearch(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('[data-search-form]');
  const input = form?.querySelector<HTMLInputElement>('input[name="q"]');
  const status = root.querySelector<HTMLElement>('[data-search-status]');
  const list = root.querySelector<HTMLOListElement>('[data-search-results]');
  const bundle = root.dataset.searchBundle;
  if (!form || !input || !status || !list || !bundle) return;
  const plural = new Intl.PluralRules(document.documentElement.lang);
  let pagefind: Promise<Pagefind> | undefined;
  let latest = 0;

  const load = () => {
    // A runtime path the bundler must leave alone: the index is written after the build.
    const url = `${bundle}pagefind.js`;
    pagefind ??= import(/* @vite-ignore */ url) as Promise<Pagefind>;
    return pagefind;
  };

  const message = (count: number, query: string) => {
    const key =
      count === 0
        ? 'resultsZero'
        : `results${plural.select(count).replace(/^./, (c) => c.toUpperCase())}`;
    return (root.dataset[key] ?? root.dataset.resultsOther ?? '')
      .replace('{count}', String(count))
      .replace('{query}', query);
  };

  const run = async (query: string) => {
    const ticket = ++latest;
    list.replaceChildren();
    if (!query) {
      status.textContent = '';
      return;
    }
    status.textContent = root.dataset.loading ?? '';
    try {
      const search = await (await load()).search(query);
      const results = await Promise.all(
        search.results.slice(0, MAX_RESULTS).map((result) => result.data()),
      );
      if (ticket !== latest) return;
      list.replaceChildren(...results.map(renderResult));
      status.textContent = message(search.results.length, query);
    } catch {
      if (ticket === latest) status.textContent = root.dataset.error ?? '';
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value.trim();
    const url = new URL(location.href);
    if (query) url.searchParams.set('q', query);
    else url.searchParams.delete('q');
    if (url.href !== location.href) history.pushState(null, '', url);
    void run(query);
  });
  window.addEventListener('popstate', () => {
    input.value = new URLSearchParams(location.search).get('q') ?? '';
    void run(input.value.trim());
  });

  // The form and the no-script line are chosen by CSS from the first paint (.js-only,
  // .no-js-only): swapping them here would move the page.
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  if (input.value.trim()) void run(input.value.trim());
}

function renderResult(result: {
  url: string;
  excerpt: string;
  meta: { title?: string };
}): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card';
  const heading = document.createElement('h2');
  heading.className = 'text-xl';
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  heading.append(link);
  const excerpt = document.createElement('p');
  excerpt.className = 'mt-2';
  excerpt.append(...excerptNodes(result.excerpt));
  item.append(heading, excerpt);
  return item;
}

/** Pagefind marks matches with <mark>; everything else is text. */
export function excerptNodes(excerpt: string): Node[] {
  const decode = (html: string) =>
    new DOMParser().parseFromString(html, 'text/html').documentElement.textContent ?? '';
  return excerpt.split(/(<mark>.*?<\/mark>)/g).flatMap((part): Node[] => {
    if (!part) return [];
    const match = /^<mark>(.*)<\/mark>$/.exec(part);
    if (!match) return [document.createTextNode(decode(part))];
    const mark = document.createElement('mark');
    mark.textContent = decode(match[1] ?? '');
    return [mark];
  });
}

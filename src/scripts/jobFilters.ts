/**
 * Progressive enhancement of the jobs list: instant filtering over every open posting,
 * the count announced in a live region, and the filter state in the URL (shareable; Back
 * restores it).
 *
 * The page lists a page of postings. The first time a filter is set, the script fetches
 * every open posting's card (data-cards, /<locale>/open-postings.json) and draws them from
 * a copy of the page's first card; while a filter is set, the list shows every match and
 * the page links hide. Cleared, the page shows its own postings and links again.
 */
import {
  FILTER_NAMES,
  cardFacts,
  matchesFilters,
  readFilters,
  writeFilters,
  type JobFacts,
  type JobFilters,
  type PostingCardData,
} from '../shared/jobFilterState.ts';
import { enhanceSaveButtons } from './savedJobs.ts';

interface DrawnCard {
  element: HTMLElement;
  facts: JobFacts;
}

/** A card for `card`, from a copy of a card the page rendered (src/components/PostingCard.astro). */
function drawCard(prototype: HTMLElement, card: PostingCardData, saveLabel: string): HTMLElement {
  const element = prototype.cloneNode(true) as HTMLElement;
  element.hidden = false;
  const title = element.querySelector<HTMLAnchorElement>('[data-card-title]');
  if (title) {
    title.href = card.path;
    title.textContent = card.title;
  }
  const meta = element.querySelector('[data-card-meta]');
  if (meta) meta.textContent = card.meta;
  const summary = element.querySelector('[data-card-summary]');
  if (summary) summary.textContent = card.summary;
  const chip = element.querySelector<HTMLElement>('[data-card-fact]');
  if (chip?.parentElement) {
    const labels = card.facts.map((text) => ({ text, pay: false }));
    if (card.pay !== undefined) labels.push({ text: card.pay, pay: true });
    chip.parentElement.replaceChildren(
      ...labels.map(({ text, pay }) => {
        const item = chip.cloneNode(false) as HTMLElement;
        item.textContent = text;
        // The pay range is marked as such, as on the page's own cards.
        if (pay) {
          delete item.dataset.cardFact;
          item.dataset.payRange = '';
        }
        return item;
      }),
    );
  }
  const save = element.querySelector<HTMLButtonElement>('[data-save-posting]');
  if (save) {
    // As the page rendered it: enhanceSaveButtons() makes it work for this posting.
    save.dataset.savePosting = card.id;
    save.setAttribute('aria-label', saveLabel.replace('{title}', card.title));
    save.setAttribute('aria-pressed', 'false');
    delete save.dataset.enhanced;
    save.hidden = true;
  }
  return element;
}

export function enhanceJobFilters(board: HTMLElement): void {
  const form = board.querySelector<HTMLFormElement>('[data-job-filters]');
  const count = board.querySelector<HTMLElement>('[data-job-count]');
  const empty = board.querySelector<HTMLElement>('[data-job-empty]');
  const list = board.querySelector<HTMLElement>('[data-job-list]');
  const pageLinks = board.querySelector<HTMLElement>('[data-job-pages]');
  const pageCards = [...board.querySelectorAll<HTMLElement>('[data-posting]')];
  const prototype = pageCards[0];
  if (!form || !count || !empty || !list || !prototype) return;
  const pageCount = count.textContent ?? '';
  const lang = document.documentElement.lang;
  const plural = new Intl.PluralRules(lang);

  let everyCard: Promise<DrawnCard[]> | undefined;
  const allCards = () =>
    (everyCard ??= fetch(board.dataset.cards ?? '')
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status} ${response.url}`);
        return response.json() as Promise<PostingCardData[]>;
      })
      .then((cards) =>
        cards.map((card) => ({
          element: drawCard(prototype, card, board.dataset.saveLabel ?? ''),
          facts: cardFacts(card),
        })),
      )
      .catch((error: unknown) => {
        // Tried again at the next change.
        everyCard = undefined;
        throw error;
      }));

  const fromForm = (): JobFilters => {
    const params = new URLSearchParams();
    for (const name of FILTER_NAMES) {
      const field = form.elements.namedItem(name);
      // A checkbox's value is the same checked or not: unchecked, it asks for nothing.
      if (field instanceof HTMLInputElement && field.type === 'checkbox')
        params.set(name, field.checked ? field.value : '');
      else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement)
        params.set(name, field.value);
    }
    return readFilters(params);
  };

  const toForm = (filters: JobFilters) => {
    for (const [name, value] of Object.entries(filters)) {
      const field = form.elements.namedItem(name);
      if (field instanceof HTMLInputElement && field.type === 'checkbox') {
        // Any other value (an old shared link) leaves it unchecked, as "any".
        field.checked = value === field.value;
      } else if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) {
        // A value no option offers (an old shared link) falls back to "any".
        field.value = value;
        if (field.value !== value) field.value = '';
      }
    }
  };

  const showPage = () => {
    if (list.firstElementChild !== pageCards[0]) {
      list.replaceChildren(...pageCards);
      // A posting saved or removed among the matches shows so on the page's own card.
      enhanceSaveButtons();
    }
    if (pageLinks) pageLinks.hidden = false;
    empty.hidden = true;
    count.textContent = pageCount;
  };

  // The latest change wins, whichever fetch or drawing finishes first.
  let latest = 0;
  const apply = async (filters: JobFilters) => {
    const call = (latest += 1);
    if (!Object.values(filters).some(Boolean)) {
      showPage();
      return;
    }
    let cards: DrawnCard[];
    try {
      cards = await allCards();
    } catch {
      if (call === latest) count.textContent = board.dataset.loadError ?? '';
      return;
    }
    if (call !== latest) return;
    let shown = 0;
    for (const { element, facts } of cards) {
      const visible = matchesFilters(facts, filters, lang);
      element.hidden = !visible;
      if (visible) shown += 1;
    }
    if (list.firstElementChild !== cards[0]?.element) {
      list.replaceChildren(...cards.map((card) => card.element));
      enhanceSaveButtons();
    }
    if (pageLinks) pageLinks.hidden = true;
    const template =
      count.dataset[`shown${capitalize(plural.select(shown))}`] ?? count.dataset.shownOther ?? '';
    count.textContent = template.replace('{count}', String(shown));
    empty.hidden = shown > 0;
  };

  const update = (mode: 'push' | 'replace') => {
    const filters = fromForm();
    void apply(filters);
    const url = new URL(location.href);
    url.search = writeFilters(filters).toString();
    if (url.href !== location.href)
      history[mode === 'push' ? 'pushState' : 'replaceState'](null, '', url);
  };

  let typing: number | undefined;
  // Typing waits for a pause and replaces the history entry; a choice is a step of its own.
  const isChoice = (target: EventTarget | null) =>
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLInputElement && target.type === 'checkbox');
  form.addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement && !isChoice(event.target)) {
      window.clearTimeout(typing);
      typing = window.setTimeout(() => update('replace'), 150);
    }
  });
  form.addEventListener('change', (event) => {
    if (isChoice(event.target)) update('push');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update('push');
  });
  form.addEventListener('reset', () => {
    // The reset event fires before the fields are cleared.
    window.setTimeout(() => update('push'));
  });
  board.querySelector('[data-job-reset]')?.addEventListener('click', () => {
    form.reset();
    form.querySelector<HTMLElement>('input, select')?.focus();
  });
  window.addEventListener('popstate', () => {
    const filters = readFilters(new URLSearchParams(location.search));
    toForm(filters);
    void apply(fromForm());
  });

  toForm(readFilters(new URLSearchParams(location.search)));
  form.hidden = false;
  const initial = fromForm();
  if (Object.values(initial).some(Boolean)) void apply(initial);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Progressive enhancement of the jobs list: instant filtering, the count announced in a
 * live region, and the filter state in the URL (shareable; Back restores it).
 */
import {
  FILTER_NAMES,
  matchesFilters,
  readFilters,
  writeFilters,
  type JobFilters,
} from '../shared/jobFilterState.ts';

export function enhanceJobFilters(board: HTMLElement): void {
  const form = board.querySelector<HTMLFormElement>('[data-job-filters]');
  const count = board.querySelector<HTMLElement>('[data-job-count]');
  const empty = board.querySelector<HTMLElement>('[data-job-empty]');
  const cards = [...board.querySelectorAll<HTMLElement>('[data-posting]')];
  if (!form || !count || !empty) return;
  const lang = document.documentElement.lang;
  const plural = new Intl.PluralRules(lang);

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

  const apply = (filters: JobFilters) => {
    let shown = 0;
    for (const card of cards) {
      const visible = matchesFilters(
        {
          team: card.dataset.team ?? '',
          location: card.dataset.location ?? '',
          type: card.dataset.employmentType ?? '',
          mode: card.dataset.workMode ?? '',
          pay: card.dataset.pay ?? '',
          text: card.dataset.searchText ?? '',
        },
        filters,
        lang,
      );
      card.hidden = !visible;
      if (visible) shown += 1;
    }
    const template =
      count.dataset[`shown${capitalize(plural.select(shown))}`] ?? count.dataset.shownOther ?? '';
    count.textContent = template.replace('{count}', String(shown));
    empty.hidden = shown > 0;
  };

  const update = (mode: 'push' | 'replace') => {
    const filters = fromForm();
    apply(filters);
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
    apply(fromForm());
  });

  toForm(readFilters(new URLSearchParams(location.search)));
  form.hidden = false;
  const initial = fromForm();
  if (Object.values(initial).some(Boolean)) apply(initial);
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

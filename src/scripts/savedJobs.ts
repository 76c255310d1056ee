/**
 * Saved jobs in the browser: the toggles on postings and cards, and the saved-jobs page.
 * Only posting ids are stored (localStorage); titles and links come from the site's
 * per-locale index, so the list is always in the page's language.
 */
import { SAVED_KEY, parseSaved, toggled } from '../shared/savedJobs.ts';

function readSaved(): string[] {
  try {
    return parseSaved(localStorage.getItem(SAVED_KEY));
  } catch {
    return [];
  }
}

function writeSaved(ids: string[]): void {
  try {
    if (ids.length === 0) localStorage.removeItem(SAVED_KEY);
    else localStorage.setItem(SAVED_KEY, JSON.stringify(ids));
  } catch {
    // Storage refused (private mode, quota): the toggle simply does not stick.
  }
}

function syncButtons(): void {
  const saved = readSaved();
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-save-posting]')) {
    button.setAttribute('aria-pressed', String(saved.includes(button.dataset.savePosting ?? '')));
  }
}

let listening = false;

/** Makes the page's save toggles work; called again when a script adds cards (jobFilters.ts). */
export function enhanceSaveButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-save-posting]')) {
    if (button.dataset.enhanced) continue;
    button.dataset.enhanced = 'true';
    button.hidden = false;
    button.addEventListener('click', () => {
      writeSaved(toggled(readSaved(), button.dataset.savePosting ?? ''));
      syncButtons();
    });
  }
  syncButtons();
  if (listening) return;
  listening = true;
  // Another tab saved or removed a posting.
  window.addEventListener('storage', (event) => {
    if (event.key === SAVED_KEY) syncButtons();
  });
}

interface IndexEntry {
  id: string;
  title: string;
  path: string;
  open: boolean;
  city: string;
}

export async function enhanceSavedList(root: HTMLElement): Promise<void> {
  const list = root.querySelector<HTMLUListElement>('[data-saved-list]');
  const status = root.querySelector<HTMLElement>('[data-saved-status]');
  const empty = root.querySelector<HTMLElement>('[data-saved-empty]');
  const fallback = root.querySelector<HTMLElement>('[data-saved-nojs]');
  if (!list || !status || !empty || !fallback) return;
  const lang = document.documentElement.lang;
  const plural = new Intl.PluralRules(lang);
  let index: IndexEntry[] = [];
  try {
    index = (await (await fetch(`/${lang}/postings.json`)).json()) as IndexEntry[];
  } catch {
    index = [];
  }
  fallback.hidden = true;

  const render = (announce?: string) => {
    const saved = readSaved()
      .map((id) => index.find((entry) => entry.id === id))
      .filter((entry): entry is IndexEntry => entry !== undefined);
    list.replaceChildren(
      ...saved.map((entry) => {
        const item = document.createElement('li');
        item.className = 'card flex flex-wrap items-center justify-between gap-3';
        item.dataset.savedId = entry.id;
        const text = document.createElement('div');
        const heading = document.createElement('h2');
        heading.className = 'text-xl';
        const link = document.createElement('a');
        link.href = entry.path;
        link.textContent = entry.title;
        heading.append(link);
        const meta = document.createElement('p');
        meta.className = 'text-muted';
        meta.textContent = entry.city;
        text.append(heading, meta);
        if (!entry.open) {
          const closed = document.createElement('p');
          closed.className =
            'mt-1 inline-block rounded-full border-2 border-accent px-3 text-sm font-semibold';
          closed.dataset.savedClosed = '';
          closed.textContent = root.dataset.closed ?? '';
          text.append(closed);
        }
        const remove = document.createElement('button');
        remove.type = 'button';
        remove.className = 'button-secondary';
        remove.textContent = (root.dataset.remove ?? '').replace('{title}', '').trim() || 'Remove';
        remove.setAttribute(
          'aria-label',
          (root.dataset.remove ?? '').replace('{title}', entry.title),
        );
        remove.addEventListener('click', () => {
          writeSaved(readSaved().filter((id) => id !== entry.id));
          render(root.dataset.removed);
          // Keep keyboard users in the list rather than losing focus to the page top.
          (
            list.querySelector<HTMLElement>('button') ?? root.querySelector<HTMLElement>('h1')
          )?.focus();
        });
        item.append(text, remove);
        return item;
      }),
    );
    empty.hidden = saved.length > 0;
    const count = (
      root.dataset[`count${plural.select(saved.length).replace(/^./, (c) => c.toUpperCase())}`] ??
      root.dataset.countOther ??
      ''
    ).replace('{count}', String(saved.length));
    status.textContent = announce ? `${announce} ${count}` : count;
  };
  render();
  window.addEventListener('storage', (event) => {
    if (event.key === SAVED_KEY) render();
  });
}

/**
 * Posting page enhancements: tracking parameters carried into Apply, copy-link with a
 * visible and announced confirmation, and the Web Share API where the browser has it.
 * Without JavaScript the share bar is plain links and Apply goes to the plain URL.
 */
import { carryTracking } from '../shared/share.ts';

export function carryTrackingToApply(): void {
  if (!location.search) return;
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-apply]')) {
    // setAttribute with a URL built by the URL API: the value is never parsed as HTML.
    link.setAttribute('href', carryTracking(link.getAttribute('href') ?? '', location.search));
  }
}

export function enhanceShareBar(bar: HTMLElement): void {
  const url = bar.dataset.shareUrl ?? location.href;
  const title = bar.dataset.shareTitle ?? document.title;
  const status = bar.querySelector<HTMLElement>('[data-share-status]');
  const copy = bar.querySelector<HTMLButtonElement>('[data-share-copy]');
  const native = bar.querySelector<HTMLButtonElement>('[data-share-native]');

  if (copy && navigator.clipboard) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        if (status) status.textContent = bar.dataset.copied ?? '';
      } catch {
        if (status) status.textContent = bar.dataset.copyFailed ?? '';
      }
    });
  }
  if (native && typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ title, url }).catch(() => {
        // Dismissing the share sheet is not an error worth telling anyone about.
      });
    });
  }
}

/**
 * The "Interested in" chooser: shows the full address of the chosen feed, ready to paste
 * into a feed reader or an RSS-to-email service. The address is built from the page's own
 * origin, so it is right on whichever host serves the site.
 */
export function enhanceAlertChooser(root: HTMLElement): void {
  const select = root.querySelector<HTMLSelectElement>('[data-alert-interest]');
  const field = root.querySelector<HTMLInputElement>('[data-alert-url]');
  const copy = root.querySelector<HTMLButtonElement>('[data-alert-copy]');
  const status = root.querySelector<HTMLElement>('[data-alert-status]');
  if (!select || !field) return;

  const show = () => {
    field.value = new URL(select.value, window.location.href).href;
    if (status) status.textContent = '';
  };
  select.addEventListener('change', show);
  show();

  // The chooser and its button are there from the first paint when scripting is on (CSS
  // .js-only hides them when it is off): revealing them now would push the page down.
  if (!copy) return;
  if (!navigator.clipboard) {
    copy.hidden = true;
    return;
  }
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(field.value);
      if (status) status.textContent = root.dataset.copied ?? '';
    } catch {
      field.select();
      if (status) status.textContent = root.dataset.copyFailed ?? '';
    }
  });
}

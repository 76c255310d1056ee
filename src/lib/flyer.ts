import { createHash } from 'node:crypto';
import type { Locale } from '../i18n/config.ts';
import { withUtm } from '../shared/share.ts';

/** The fragment that opens a posting's job-fair flyer: `/en/jobs/<slug>/#flyer`. */
export const FLYER_ID = 'flyer';

export function flyerHref(postingPath: string): string {
  return `${postingPath}#${FLYER_ID}`;
}

/** What the flyer's QR code opens: the posting, tagged so applications from a job fair can be counted. */
export function flyerTarget(postingUrl: string, id: string): string {
  return withUtm(postingUrl, 'qr', 'print', id);
}

/**
 * The QR code's own file, `/qr/<locale>/<posting id>.svg`: the flyer shows it as an image
 * loaded when the flyer is opened, instead of 4 KB of SVG paths in every posting page.
 */
export function flyerQrPath(locale: Locale, id: string): string {
  return `/qr/${locale}/${id}.svg`;
}

/** The class on <html> that shows the flyer view while the address ends in #flyer. */
export const FLYER_VIEW_CLASS = 'flyer-view';

/**
 * Run in <head>, before the body is parsed: marks <html> while the address is the flyer's.
 * Browsers apply `:target` only once the document has been parsed, after its first paint,
 * so with CSS alone a visitor opening a flyer link saw the posting first, then the flyer
 * (and Chrome often recorded no largest paint). Without JavaScript, `:target` still
 * shows the flyer, after that first paint.
 */
export const FLYER_VIEW_SCRIPT = `{const v=()=>document.documentElement.classList.toggle(${JSON.stringify(FLYER_VIEW_CLASS)},location.hash===${JSON.stringify(`#${FLYER_ID}`)});v();addEventListener('hashchange',v)}`;

/** The script's hash for the page's Content-Security-Policy, which allows no other inline script. */
export const FLYER_VIEW_SCRIPT_HASH =
  `sha256-${createHash('sha256').update(FLYER_VIEW_SCRIPT).digest('base64')}` as const;

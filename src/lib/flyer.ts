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

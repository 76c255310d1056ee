/** The fragment that opens a posting's job-fair flyer: `/en/jobs/<slug>/#flyer`. */
export const FLYER_ID = 'flyer';

export function flyerHref(postingPath: string): string {
  return `${postingPath}#${FLYER_ID}`;
}

/**
 * Share links for a posting, one per channel, each tagged with utm_source/utm_medium so
 * applications can be traced to the channel a recruiter used. Plain links: they work
 * without JavaScript and load nothing from the channels until clicked.
 */
export const SHARE_CHANNELS = ['linkedin', 'x', 'whatsapp', 'email'] as const;
export type ShareChannel = (typeof SHARE_CHANNELS)[number];

const MEDIUM: Record<ShareChannel, string> = {
  linkedin: 'social',
  x: 'social',
  whatsapp: 'messaging',
  email: 'email',
};

export function withUtm(url: string, source: string, medium: string, campaign?: string): string {
  const tagged = new URL(url);
  tagged.searchParams.set('utm_source', source);
  tagged.searchParams.set('utm_medium', medium);
  if (campaign) tagged.searchParams.set('utm_campaign', campaign);
  return tagged.href;
}

export function shareUrl(
  channel: ShareChannel,
  pageUrl: string,
  title: string,
  campaign?: string,
): string {
  const link = withUtm(pageUrl, channel, MEDIUM[channel], campaign);
  switch (channel) {
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url: link })}`;
    case 'x':
      return `https://x.com/intent/post?${new URLSearchParams({ text: title, url: link })}`;
    case 'whatsapp':
      return `https://wa.me/?${new URLSearchParams({ text: `${title} ${link}` })}`;
    case 'email':
      // mailto wants %20, not "+", for spaces.
      return `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(link)}`;
  }
}

/** Landing-page parameters that say where an applicant came from, carried into Apply. */
export const TRACKING_PARAMETERS = [
  'utm_source',
  'utm_medium',
  'utm_campaign',
  'utm_term',
  'utm_content',
  'ref',
  'gh_src',
] as const;

/**
 * The Apply URL with the allow-listed tracking parameters of the landing page added
 * (values encoded by URLSearchParams; anything else on the landing URL is ignored).
 * A parameter the posting's own Apply URL already sets wins: a landing URL anyone can
 * craft must not overwrite the source the recruiter configured.
 * Returns the Apply URL unchanged if it is not an https URL.
 */
export function carryTracking(applyUrl: string, landingSearch: string): string {
  let target: URL;
  try {
    target = new URL(applyUrl);
  } catch {
    return applyUrl;
  }
  if (target.protocol !== 'https:') return applyUrl;
  const landing = new URLSearchParams(landingSearch);
  for (const name of TRACKING_PARAMETERS) {
    const value = landing.get(name);
    if (target.searchParams.has(name)) continue;
    if (value !== null && value !== '' && value.length <= 200) target.searchParams.set(name, value);
  }
  return target.href;
}

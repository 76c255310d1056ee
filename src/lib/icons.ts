/** The names of the site's icons (src/components/Icon.astro), and which one each benefit page shows. */
export const ICON_NAMES = [
  'location',
  'team',
  'contract',
  'workMode',
  'pay',
  'calendar',
  'bus',
  'heart',
  'clock',
  'building',
  'graduation',
  'star',
] as const;
export type IconName = (typeof ICON_NAMES)[number];

/** By the benefit page's id (its folder); a benefit added later shows the star until it has its own. */
const BENEFIT_ICONS: Partial<Record<string, IconName>> = {
  'company-bus': 'bus',
  vitality: 'heart',
  'employee-networks': 'team',
  flexibility: 'clock',
  offices: 'building',
  'paid-internships': 'graduation',
};

export const benefitIcon = (id: string): IconName => BENEFIT_ICONS[id] ?? 'star';

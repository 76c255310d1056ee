/**
 * The saved-jobs list: posting ids in localStorage, nothing else, never sent anywhere.
 * Ids are the same in every language, so a posting saved in one shows as saved in all.
 */
export const SAVED_KEY = 'careers.savedJobs';

export function parseSaved(raw: string | null): string[] {
  try {
    const value: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(value)
      ? [
          ...new Set(
            value.filter((id): id is string => typeof id === 'string' && /^[a-z0-9-]+$/.test(id)),
          ),
        ]
      : [];
  } catch {
    return [];
  }
}

export function toggled(saved: string[], id: string): string[] {
  return saved.includes(id) ? saved.filter((other) => other !== id) : [...saved, id];
}

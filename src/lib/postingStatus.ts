/**
 * A posting is open through the whole of its validThrough day and closed from the next
 * day on. "Today" is the build's date: a daily scheduled build closes expired postings.
 * CAREERS_TODAY (YYYY-MM-DD) pins the date for tests and previews.
 */
export function buildDay(env: Record<string, string | undefined> = process.env): string {
  const pinned = env.CAREERS_TODAY;
  if (pinned) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`CAREERS_TODAY: expected a date like 2026-12-31, got "${pinned}"`);
    return pinned;
  }
  return new Date().toISOString().slice(0, 10);
}

export function isOpen(posting: { datePosted: Date; validThrough: Date }, today: string = buildDay()): boolean {
  const day = (date: Date) => date.toISOString().slice(0, 10);
  return day(posting.datePosted) <= today && today <= day(posting.validThrough);
}

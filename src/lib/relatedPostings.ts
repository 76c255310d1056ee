/**
 * "More for you" on a posting: other open postings sharing its team, city or type of
 * contract, most in common first, then newest. Called for every posting page, so it walks
 * the newest-first list once and stops as soon as `limit` postings share all three: with a
 * thousand postings of one team in one city, scoring every one for every page cost seconds.
 */
export interface RelatedFacts {
  team: string;
  city: string;
  employmentType: string;
}

export function closestPostings<P>(
  own: RelatedFacts,
  newestFirst: Iterable<P>,
  facts: (posting: P) => RelatedFacts | undefined,
  limit: number,
): P[] {
  if (limit <= 0) return [];
  // byScore[0] shares all three facts, byScore[2] one of them.
  const byScore: P[][] = [[], [], []];
  for (const posting of newestFirst) {
    const other = facts(posting);
    if (!other) continue;
    const score =
      Number(other.team === own.team) +
      Number(other.city === own.city) +
      Number(other.employmentType === own.employmentType);
    if (score === 0) continue;
    const list = byScore[3 - score]!;
    if (list.length < limit) list.push(posting);
    if (score === 3 && list.length === limit) break;
  }
  return byScore.flat().slice(0, limit);
}

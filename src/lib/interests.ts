/**
 * "Interested in": the topics a job seeker can follow with an alert feed. One per team
 * in content/data/teams.yaml and one per type of contract in the posting schema, so a
 * feed chosen today keeps working when the first posting of its kind appears.
 * No Astro imports: unit tests and the views share it.
 */
import { EMPLOYMENT_TYPES, type EmploymentType } from '../content/schemas.ts';

export type Interest =
  | { id: `team-${string}`; kind: 'team'; team: string }
  | { id: `type-${string}`; kind: 'employmentType'; employmentType: EmploymentType };

/** `PER_DIEM` → `per-diem`: feed URLs use slugs, like every other address on the site. */
const typeSlug = (type: EmploymentType) => type.toLowerCase().replaceAll('_', '-');

export function listInterests(teamIds: readonly string[]): Interest[] {
  return [
    ...teamIds.map((team): Interest => ({ id: `team-${team}`, kind: 'team', team })),
    ...EMPLOYMENT_TYPES.map((employmentType): Interest => ({
      id: `type-${typeSlug(employmentType)}`,
      kind: 'employmentType',
      employmentType,
    })),
  ];
}

export function matchesInterest(
  posting: { team: string; employmentType: EmploymentType },
  interest: Interest,
): boolean {
  return interest.kind === 'team'
    ? posting.team === interest.team
    : posting.employmentType === interest.employmentType;
}

// Test support only: builds small hand-made datasets for worked examples.
import type { Constituency, Contest, ContestCandidate, Election, ElectionDataset } from '../types';

/** A seat for a tiny dataset. */
export function seat(
  code: string,
  name: string,
  extra: Partial<Omit<Constituency, 'code' | 'name'>> = {},
): Constituency {
  return {
    code,
    name,
    boundarySet: '2010',
    county: 'Testshire',
    regionCode: 'E12000001',
    regionName: 'North East',
    nation: 'England',
    type: 'County',
    ...extra,
  };
}

/** A general election on the 2010 set for a tiny dataset. */
export function election(id: string, date: string, extra: Partial<Election> = {}): Election {
  return {
    id,
    kind: 'general',
    date,
    year: Number(date.slice(0, 4)),
    boundarySet: '2010',
    parliament: 55,
    label: id,
    ...extra,
  };
}

/** A contest from votes by party (one candidate each, named after the party). */
export function contest(
  at: Election,
  code: string,
  votes: Record<string, number>,
  electorate = 1000,
): Contest {
  const candidates: ContestCandidate[] = Object.entries(votes)
    .map(([party, count]) => ({
      name: `${party} candidate`,
      party,
      partyName: party,
      votes: count,
      gender: 'unknown' as const,
      sittingMp: null,
      formerMp: null,
    }))
    .sort((a, b) => b.votes - a.votes);
  const [first, second] = candidates;
  return {
    electionId: at.id,
    kind: at.kind,
    date: at.date,
    code,
    boundarySet: at.boundarySet,
    electorate,
    validVotes: candidates.reduce((sum, candidate) => sum + candidate.votes, 0),
    invalidVotes: 0,
    candidates,
    winner: first?.party ?? '',
    winnerName: first?.name ?? '',
    runnerUp: second?.party ?? null,
    majority: (first?.votes ?? 0) - (second?.votes ?? 0),
    result: null,
  };
}

/** A dataset from seats, elections and contests (no overlaps, parties or issues). */
export function tinyDataset(
  constituencies: Constituency[],
  elections: Election[],
  contests: Contest[],
): ElectionDataset {
  return { constituencies, elections, contests, overlaps: [], parties: [], issues: [] };
}

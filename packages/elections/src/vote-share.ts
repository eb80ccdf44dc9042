import type { ContestCandidate } from './types';

/** Votes by party abbreviation. */
export type PartyVotes = Record<string, number>;

/** Vote shares by party abbreviation, as fractions (0–1). */
export type Shares = Record<string, number>;

/** A value at two elections and the difference (to − from). */
export interface Change {
  from: number;
  to: number;
  change: number;
}

/** Adds counts into a map by key (a Map, so any party name, even "__proto__", is safe). */
function tally(entries: Iterable<readonly [string, number]>): Map<string, number> {
  const totals = new Map<string, number>();
  for (const [key, count] of entries) totals.set(key, (totals.get(key) ?? 0) + count);
  return totals;
}

/** Votes by party in one contest (several candidates of one party, e.g. independents, are added together). */
export function partyVotes(result: { candidates: readonly ContestCandidate[] }): PartyVotes {
  return Object.fromEntries(
    tally(result.candidates.map((candidate) => [candidate.party, candidate.votes] as const)),
  );
}

/** Adds up votes by party over several contests or areas. */
export function addPartyVotes(list: readonly PartyVotes[]): PartyVotes {
  return Object.fromEntries(tally(list.flatMap((votes) => Object.entries(votes))));
}

/** Each party's share of a total (by default the sum of all parties' votes). */
export function voteShares(votes: PartyVotes, total?: number): Shares {
  const entries = Object.entries(votes);
  const denominator = total ?? entries.reduce((sum, [, count]) => sum + count, 0);
  return Object.fromEntries(
    entries.map(([party, count]) => [party, denominator === 0 ? 0 : count / denominator]),
  );
}

/** Per-party change between two records; a party missing from one side counts as 0 there. */
export function changes(
  before: Readonly<Record<string, number>>,
  after: Readonly<Record<string, number>>,
): Record<string, Change> {
  const parties = new Set([...Object.keys(before), ...Object.keys(after)]);
  const value = (record: Readonly<Record<string, number>>, party: string): number =>
    Object.hasOwn(record, party) ? (record[party] ?? 0) : 0;
  return Object.fromEntries(
    [...parties].map((party) => {
      const from = value(before, party);
      const to = value(after, party);
      return [party, { from, to, change: to - from }];
    }),
  );
}

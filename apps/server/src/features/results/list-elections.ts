import type { BoundarySet, ElectionKind } from '@caucus/elections';
import type { CachedResults } from './dataset-cache';

/** A general election or notional set in the list of elections. */
export interface ElectionListing {
  id: string;
  year: number;
  kind: ElectionKind;
  date: string;
  label: string;
  boundarySet: BoundarySet;
}

/** General elections and notional sets, oldest first (by-elections have their own list). */
export function listElections(results: CachedResults): ElectionListing[] {
  return results.dataset.elections
    .filter((election) => election.kind !== 'by-election')
    .map(({ id, year, kind, date, label, boundarySet }) => ({ id, year, kind, date, label, boundarySet }));
}

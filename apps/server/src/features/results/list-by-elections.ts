import { type ByElectionListing, byElectionList } from '@caucus/elections';
import type { CachedResults } from './dataset-cache';

/** Every by-election since 2010, oldest first. */
export function listByElections(results: CachedResults): ByElectionListing[] {
  return byElectionList(results.dataset);
}

import { UnknownElectionError } from './analysis-error';
import type { Election, ElectionDataset } from './types';

/**
 * Finds a general election or notional set by year (2010, "2019") or id ("ge2019", "notional2019").
 * A year means that year's general election; 2005 means the notional 2005 results on 2010 boundaries.
 */
export function resolveElection(dataset: ElectionDataset, ref: number | string): Election {
  const query = String(ref).trim().toLowerCase();
  const candidates = dataset.elections.filter((election) => election.kind !== 'by-election');
  const byId = candidates.find((election) => election.id === query);
  if (byId) return byId;
  const ofYear = candidates.filter((election) => String(election.year) === query);
  const found = ofYear.find((election) => election.kind === 'general') ?? ofYear[0];
  if (found) return found;
  const available = candidates.map((election) =>
    election.kind === 'general' ? String(election.year) : election.id,
  );
  throw new UnknownElectionError(String(ref), available);
}

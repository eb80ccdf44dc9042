import type { Constituency, Contest, Election, ElectionDataset } from './types';

/** Fast lookups over a dataset, built once per dataset object. */
export interface DatasetIndex {
  election(id: string): Election | undefined;
  constituency(code: string): Constituency | undefined;
  /** Contests of one election, in data order. */
  contestsOf(electionId: string): readonly Contest[];
  contest(electionId: string, code: string): Contest | undefined;
  /** All contests in one seat (general, notional and by-elections), oldest first. */
  contestsIn(code: string): readonly Contest[];
}

const cache = new WeakMap<ElectionDataset, DatasetIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Returns the (cached) index of a dataset. */
export function indexDataset(dataset: ElectionDataset): DatasetIndex {
  const cached = cache.get(dataset);
  if (cached) return cached;
  const elections = new Map(dataset.elections.map((election) => [election.id, election]));
  const constituencies = new Map(dataset.constituencies.map((seat) => [seat.code, seat]));
  const byElection = new Map<string, Contest[]>();
  const bySeat = new Map<string, Contest[]>();
  const byKey = new Map<string, Contest>();
  for (const contest of dataset.contests) {
    push(byElection, contest.electionId, contest);
    push(bySeat, contest.code, contest);
    byKey.set(`${contest.electionId} ${contest.code}`, contest);
  }
  for (const list of bySeat.values()) list.sort((a, b) => a.date.localeCompare(b.date));
  const index: DatasetIndex = {
    election: (id) => elections.get(id),
    constituency: (code) => constituencies.get(code),
    contestsOf: (electionId) => byElection.get(electionId) ?? [],
    contest: (electionId, code) => byKey.get(`${electionId} ${code}`),
    contestsIn: (code) => bySeat.get(code) ?? [],
  };
  cache.set(dataset, index);
  return index;
}

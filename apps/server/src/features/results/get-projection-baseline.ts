import {
  type Baseline,
  INDEPENDENT,
  latestGeneralElection,
  OTHERS,
  partyVotes,
  projectionBaseline,
  resolveElection,
  SPEAKER,
} from '@caucus/elections';
import type { CachedResults } from './dataset-cache';
import { withResultsProblems } from './results-problem';

/** Smallest GB vote share (with no seat) that earns a party its own slider. */
const MIN_SHARE = 0.01;

/**
 * The baseline a browser projects from: the base election (default the latest) reduced to parties that
 * won a GB seat or at least 1% of the GB vote, everyone else as Oth.
 */
export function getProjectionBaseline(results: CachedResults, election?: string): Baseline {
  return withResultsProblems(() => {
    const { dataset } = results;
    const base = resolveElection(dataset, election ?? latestGeneralElection(dataset));
    const gbCodes = new Set(
      dataset.constituencies.filter((seat) => seat.nation !== 'Northern Ireland').map((seat) => seat.code),
    );
    const contests = dataset.contests.filter(
      (contest) => contest.electionId === base.id && gbCodes.has(contest.code),
    );
    const votes = new Map<string, number>();
    let total = 0;
    for (const contest of contests) {
      total += contest.validVotes;
      for (const [party, count] of Object.entries(partyVotes(contest)))
        votes.set(party, (votes.get(party) ?? 0) + count);
    }
    const parties = new Set(contests.map((contest) => contest.winner));
    for (const [party, count] of votes) if (count >= MIN_SHARE * total) parties.add(party);
    for (const party of [INDEPENDENT, SPEAKER, OTHERS]) parties.delete(party);
    return projectionBaseline(dataset, base.id, [...parties].sort());
  });
}

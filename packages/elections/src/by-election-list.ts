import { indexDataset } from './dataset-index';
import { majority } from './majority';
import { turnout } from './turnout';
import type { ElectionDataset } from './types';

/** One by-election in a list of them. */
export interface ByElectionListing {
  code: string;
  name: string;
  date: string;
  election: string;
  parliament: number;
  winner: string;
  winnerName: string;
  /** The published result, e.g. "Con gain from Lab". */
  result: string;
  gain: boolean;
  majority: number;
  /** Turnout on valid votes (0–1). */
  turnout: number;
}

/** Every by-election in the data, oldest first. */
export function byElectionList(dataset: ElectionDataset): ByElectionListing[] {
  const index = indexDataset(dataset);
  return dataset.contests
    .filter((contest) => contest.kind === 'by-election')
    .map((contest) => {
      const summary = contest.result;
      return {
        code: contest.code,
        name: index.constituency(contest.code)?.name ?? contest.code,
        date: contest.date,
        election: contest.electionId,
        parliament: index.election(contest.electionId)?.parliament ?? 0,
        winner: contest.winner,
        winnerName: contest.winnerName,
        result: summary
          ? summary.outcome === 'gain'
            ? `${summary.winner} gain from ${summary.gainedFrom ?? ''}`
            : `${summary.winner} hold`
          : '',
        gain: summary?.outcome === 'gain',
        majority: majority(contest).votes,
        turnout: turnout(contest),
      };
    })
    .sort((a, b) => a.date.localeCompare(b.date) || a.name.localeCompare(b.name));
}

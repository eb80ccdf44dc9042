import { BoundaryMismatchError } from '../analysis-error';
import { indexDataset } from '../dataset-index';
import { INDEPENDENT, OTHERS, SPEAKER } from '../parties';
import { resolveElection } from '../resolve-election';
import type { Contest, ElectionDataset } from '../types';
import { addPartyVotes, partyVotes, type Shares, voteShares } from '../vote-share';
import { PARTY_SUCCESSORS, projectionBaseline } from './baseline';
import { LEVELS, type Level, MODEL_NAMES, type ModelName } from './model';
import { project } from './project';

/** A base election and the later election whose actual shares are fed into it. */
export interface BacktestPair {
  from: string;
  to: string;
}

/** The pairs the backtest runs by default; across the 2024 boundary change it starts from notional 2019. */
export const BACKTEST_PAIRS: readonly BacktestPair[] = [
  { from: 'ge2010', to: 'ge2015' },
  { from: 'ge2015', to: 'ge2017' },
  { from: 'ge2017', to: 'ge2019' },
  { from: 'notional2019', to: 'ge2024' },
];

/** How one model at one level did on one pair (the `caucus backtest` JSON shape). */
export interface BacktestRow {
  from: number;
  to: number;
  fromElection: string;
  toElection: string;
  model: ModelName;
  level: Level;
  /** Predicted minus actual GB seats, per party. */
  seatError: Record<string, number>;
  /** GB seats whose predicted winner was not the actual winner. */
  miscalled: number;
  /** GB seats compared. */
  seats: number;
  predicted: Record<string, number>;
  actual: Record<string, number>;
}

/** Which pairs, models and levels to run (default: all). */
export interface BacktestOptions {
  pairs?: readonly BacktestPair[];
  models?: readonly ModelName[];
  levels?: readonly Level[];
}

/** GB contests only (the models do not cover Northern Ireland). */
function gbContests(dataset: ElectionDataset, electionId: string): Contest[] {
  const index = indexDataset(dataset);
  return index
    .contestsOf(electionId)
    .filter((contest) => index.constituency(contest.code)?.nation !== 'Northern Ireland');
}

/** Parties worth modelling: won a GB seat or 1% of the GB vote at either election (independents and the Speaker aside). */
function modelledParties(base: readonly Contest[], target: readonly Contest[]): string[] {
  const parties = new Set<string>();
  for (const contests of [base, target]) {
    const votes = addPartyVotes(contests.map(partyVotes));
    const total = Object.values(votes).reduce((sum, count) => sum + count, 0);
    for (const [party, count] of Object.entries(votes)) if (count >= 0.01 * total) parties.add(party);
    for (const contest of contests) parties.add(contest.winner);
  }
  for (const [before, after] of Object.entries(PARTY_SUCCESSORS))
    if (parties.has(after)) parties.delete(before);
  for (const party of [INDEPENDENT, SPEAKER, OTHERS]) parties.delete(party);
  return [...parties].sort();
}

const countBy = (labels: readonly string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const label of labels) counts[label] = (counts[label] ?? 0) + 1;
  return counts;
};

/**
 * Feeds each later election's actual shares (GB-wide, per nation or per region) into the models applied
 * to the earlier election, and scores the predicted GB seats against the actual ones: seat error per
 * party and seats called wrongly. Parties are those that won a GB seat or 1% of the GB vote; the rest
 * count as Oth, the Brexit Party's base votes as Reform UK's, and the Speaker's seat is carried over.
 */
export function backtest(dataset: ElectionDataset, options: BacktestOptions = {}): BacktestRow[] {
  const index = indexDataset(dataset);
  const rows: BacktestRow[] = [];
  for (const pair of options.pairs ?? BACKTEST_PAIRS) {
    const from = resolveElection(dataset, pair.from);
    const to = resolveElection(dataset, pair.to);
    if (from.boundarySet !== to.boundarySet) throw new BoundaryMismatchError(from.id);
    const target = gbContests(dataset, to.id);
    const parties = modelledParties(gbContests(dataset, from.id), target);
    const baseline = projectionBaseline(dataset, from.id, parties);
    const modelled = new Set(baseline.parties);
    const label = (party: string): string => (modelled.has(party) || party === SPEAKER ? party : OTHERS);
    const fixed = new Set(baseline.seats.filter((seat) => seat.fixed).map((seat) => seat.code));
    const gbCodes = new Set(target.map((contest) => contest.code));
    const actualWinners = new Map(target.map((contest) => [contest.code, label(contest.winner)]));
    const actual = countBy([...actualWinners.values()]);

    for (const level of options.levels ?? LEVELS) {
      const areaVotes = new Map<string, Contest[]>();
      for (const contest of target) {
        if (fixed.has(contest.code)) continue;
        const seat = index.constituency(contest.code);
        const area =
          level === 'gb' ? 'GB' : level === 'nation' ? (seat?.nation ?? '') : (seat?.regionName ?? '');
        areaVotes.set(area, [...(areaVotes.get(area) ?? []), contest]);
      }
      const sharesOf = (contests: readonly Contest[]): Shares => {
        const votes: Record<string, number> = {};
        for (const [party, count] of Object.entries(addPartyVotes(contests.map(partyVotes)))) {
          const key = label(party) === SPEAKER ? OTHERS : label(party);
          votes[key] = (votes[key] ?? 0) + count;
        }
        return voteShares(votes);
      };
      const gbShares = sharesOf(target.filter((contest) => !fixed.has(contest.code)));
      const areaShares =
        level === 'gb'
          ? undefined
          : Object.fromEntries([...areaVotes].map(([area, contests]) => [area, sharesOf(contests)]));

      for (const model of options.models ?? MODEL_NAMES) {
        const projection = project(baseline, { model, level, shares: gbShares, areaShares });
        const predictedWinners = projection.constituencies
          .filter((seat) => gbCodes.has(seat.code))
          .map((seat) => ({ code: seat.code, winner: label(seat.winner) }));
        const predicted = countBy(predictedWinners.map((seat) => seat.winner));
        const seatError: Record<string, number> = {};
        for (const party of Object.keys({ ...predicted, ...actual }).sort()) {
          seatError[party] = (predicted[party] ?? 0) - (actual[party] ?? 0);
        }
        rows.push({
          from: from.year,
          to: to.year,
          fromElection: from.id,
          toElection: to.id,
          model,
          level,
          seatError,
          miscalled: predictedWinners.filter((seat) => actualWinners.get(seat.code) !== seat.winner).length,
          seats: predictedWinners.length,
          predicted,
          actual,
        });
      }
    }
  }
  return rows;
}

import {
  compareModels,
  type Level,
  type ModelName,
  type Projection,
  parseShares,
  type SeatSpread,
  scenarioBaseline,
} from '@caucus/elections';
import type { CachedResults } from './dataset-cache';
import { withResultsProblems } from './results-problem';

/** A projection request after validation: shares in percent, as text ("Lab=45,Con=39,…") or by party. */
export interface ProjectSharesInput {
  shares: string | Record<string, number>;
  model: ModelName;
  level: Level;
  /** Election to swing from (default the latest general election). */
  base?: string | undefined;
}

/** The chosen model's projection, and the spread of seats across all four models. */
export interface ProjectionReport extends Projection {
  spread: Record<string, SeatSpread>;
}

const sharesText = (shares: ProjectSharesInput['shares']): string =>
  typeof shares === 'string'
    ? shares
    : Object.entries(shares)
        .map(([party, percent]) => `${party}=${percent}`)
        .join(',');

/** Projects GB shares onto the base election's seats; bad shares are a 400 saying what is wrong. */
export function projectShares(results: CachedResults, input: ProjectSharesInput): ProjectionReport {
  return withResultsProblems(() => {
    const known = results.dataset.parties.map((party) => party.abbreviation);
    const shares = parseShares(sharesText(input.shares), { knownParties: known });
    const request = { level: input.level, shares, ...(input.base ? { base: input.base } : {}) };
    const comparison = compareModels(scenarioBaseline(results.dataset, request), request);
    return { ...comparison.projections[input.model], spread: comparison.spread };
  });
}

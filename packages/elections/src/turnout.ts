/** The figures turnout is computed from. */
export interface TurnoutInput {
  validVotes: number;
  electorate: number;
}

/** Turnout on valid votes, as the Commons Library quotes it: valid votes ÷ electorate (0–1). */
export function turnout(result: TurnoutInput): number {
  return result.electorate === 0 ? 0 : result.validVotes / result.electorate;
}

/** Turnout of several seats together: total valid votes ÷ total electorate (0–1). */
export function combinedTurnout(results: readonly TurnoutInput[]): number {
  let valid = 0;
  let electorate = 0;
  for (const result of results) {
    valid += result.validVotes;
    electorate += result.electorate;
  }
  return turnout({ validVotes: valid, electorate });
}

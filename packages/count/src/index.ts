// Public API of @caucus/count.

export { type BallotReport, type BallotRules, DEFAULT_BALLOT_RULES } from './ballot-rules';
export { type BltReadOptions, parseBlt } from './blt-reader';
export { writeBlt } from './blt-writer';
export { type CategoryConstraint, MAX_CONSTRAINTS } from './constraints';
export { type CountOptions, countElection, DEFAULT_SEED, METHODS } from './count';
export { type Ballot, type Election, MAX_CANDIDATES, type Rank } from './election';
export { electionFromJson } from './election-json';
export {
  BltParseError,
  BltWriteError,
  ConstraintError,
  CountCapacityError,
  CountError,
  CountOptionsError,
  ElectionInputError,
} from './errors';
export type { IterationOutcome } from './meek-tally';
export { type ReferendumThreshold, SIMPLE_MAJORITY } from './referendum';
export {
  type CountResult,
  type CountResultJson,
  type ExclusionReason,
  type MethodName,
  type ReferendumOutcome,
  resultToJson,
  type Stage,
  type StageAction,
  type StageActionJson,
  type StageJson,
  type TieJson,
  type TieKind,
  type TieRecord,
} from './result';
export { renderStageTable, type StageTableOptions } from './stage-table';
export type { TieMethod } from './tie-break';

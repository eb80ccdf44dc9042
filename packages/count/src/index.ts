// Public API of @caucus/count.

export {
  type BallotNote,
  type BallotReport,
  type BallotRules,
  DEFAULT_BALLOT_RULES,
  MAX_BALLOT_NOTES,
} from './ballot-rules';
export { type BltReadOptions, parseBlt } from './blt-reader';
export { writeBlt } from './blt-writer';
export { type CategoryConstraint, MAX_CONSTRAINTS } from './constraints';
export { type CountOptions, countElection, DEFAULT_SEED, METHODS } from './count';
export { type Ballot, type Election, findCandidate, MAX_CANDIDATES, type Rank } from './election';
export { electionFromJson } from './election-json';
export {
  BltParseError,
  BltWriteError,
  ConstraintError,
  CountCapacityError,
  CountError,
  CountOptionsError,
  ElectionInputError,
  NoValidBallotsError,
} from './errors';
export type { MeekEvent, MeekView } from './meek-count';
export { renderMeekTranscript } from './meek-transcript';
export { type ReferendumThreshold, SIMPLE_MAJORITY } from './referendum';
export {
  type CountResult,
  type CountResultJson,
  type ExclusionReason,
  type IterationOutcome,
  type MethodName,
  type ReferendumOutcome,
  resultToJson,
  type Stage,
  type StageAction,
  type StageActionJson,
  type StageJson,
  type TieJson,
  type TieKind,
  type TieOrderSource,
  type TieProcedure,
  type TieProcedureJson,
  type TieRecord,
} from './result';
export { renderStageTable, type StageTableOptions } from './stage-table';
export type { TieMethod } from './tie-break';

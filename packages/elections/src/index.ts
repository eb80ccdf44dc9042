// Public API of @caucus/elections: pure parsing, the election data model, metrics and projection models.

export {
  BoundaryMismatchError,
  UnknownAreaError,
  UnknownByElectionError,
  UnknownElectionError,
  UnknownPartyError,
} from './analysis-error';
export { type AreaSwing, areaSwing, type SwingRequest } from './area-swing';
export { buildDataset, MissingDataFileError } from './build-dataset';
export { butlerSwing, butlerSwingOfChanges } from './butler-swing';
export {
  analyseByElection,
  type ByElectionAnalysis,
  findByElection,
  type NamedSwing,
  previousGeneralElection,
} from './by-election-analysis';
export { type ByElectionListing, byElectionList } from './by-election-list';
export { type RepeatedSwing, repeatByElectionSwing, type SeatChangingHands } from './by-election-repeat';
export { checkTotals, type DataCheck } from './check-totals';
export { type ComparisonRequest, compareElections, type ElectionComparison } from './compare-elections';
export {
  DataFileError,
  type DataFileErrorKind,
  HeaderError,
  InvalidDocumentError,
  InvalidValueError,
  MalformedRowError,
} from './data-file-error';
export { type DatasetIndex, indexDataset } from './dataset-index';
export { editDistance } from './edit-distance';
export { type ElectionSummary, electionSummary } from './election-summary';
export { byElectionId, GENERAL_ELECTIONS } from './elections';
export { type Majority, majority } from './majority';
// Data files: manifest, parsers and errors.
export { DATA_MANIFEST, type DataFile, type DataFileKind } from './manifest';
export type { NotionalPartyVotes, NotionalSeat } from './notional-seat';
export {
  type BoundaryFeature,
  type BoundaryGeometry,
  type Position,
  parseBoundaries,
} from './parse-boundaries';
export { type ByElectionSource, parseByElectionSources } from './parse-by-election-sources';
export { type CandidacyRow, parseCandidacies } from './parse-candidacies';
export {
  type ConstituencyResultRow,
  PARTY_COLUMNS,
  parseConstituencyResults,
  type ResultsFileVariant,
} from './parse-constituency-results';
export { type ParsedDataFile, parseDataFile } from './parse-data-file';
export { DATASET_FILES, parseDataset } from './parse-dataset';
export { type GeneralElectionSource, parseGeneralElectionSources } from './parse-general-election-sources';
export { type Hex, type HexLayout, type HexLayoutKind, parseHexJson } from './parse-hexjson';
export { parseNotional2005 } from './parse-notional-2005';
export { type Notional2019Seat, parseNotional2019 } from './parse-notional-2019';
export { type ConstituencyOverlapRow, parseOverlaps } from './parse-overlaps';
export { type ParliamentPeriod, parseParliamentPeriods } from './parse-parliament-periods';
export { parseResultSummaries, type ResultSummaryText } from './parse-result-summaries';
export { parseResultSummary } from './parse-result-summary';
// Scenario input.
export { type ParseSharesOptions, parseShares, SharesInputError, type SharesProblem } from './parse-shares';
export { INDEPENDENT, normalisePartyAbbreviation, OTHERS, partyFromNotionalCode, SPEAKER } from './parties';
export { normalDraw, type Random, seededRandom } from './prng';
export { aggregateAreas, areaTargets, shareVector } from './projection/area-targets';
export {
  BACKTEST_PAIRS,
  type BacktestOptions,
  type BacktestPair,
  type BacktestRow,
  backtest,
} from './projection/backtest';
export {
  type Baseline,
  type BaselineSeat,
  PARTY_SUCCESSORS,
  projectionBaseline,
} from './projection/baseline';
// Projection models.
export {
  type AreaStats,
  LEVELS,
  type Level,
  MODEL_NAMES,
  type ModelName,
  type SeatProjector,
  type SwingModel,
} from './projection/model';
export {
  type MonteCarloRequest,
  type MonteCarloResult,
  monteCarlo,
  type SeatDistribution,
} from './projection/monte-carlo';
export { type PreparedLevel, type ProjectionArea, prepareLevel } from './projection/prepared-level';
export { type ProjectedSeat, type Projection, type ProjectionRequest, project } from './projection/project';
export { proportionalSwing } from './projection/proportional';
export { MODELS, runModel } from './projection/run-model';
export {
  latestGeneralElection,
  projectScenario,
  type ScenarioRequest,
  scenarioBaseline,
} from './projection/scenario';
export { leadingParty, seatTotals, winnerLabel, winners } from './projection/seat-winners';
export { compareModels, type ModelComparison, type SeatSpread } from './projection/spread';
export { STRONG_THRESHOLD, strongTransitionModel } from './projection/stm';
export { gainFractions, transitionModel } from './projection/transition';
export { uniformSwing } from './projection/uns';
export { findNation, findRegion, NATIONS, REGIONS, type Region } from './regions';
export { resolveElection } from './resolve-election';
export {
  type ResultsBasis,
  type ResultsOnBoundaries,
  resultsOnBoundaries,
  type SeatResult,
} from './results-on-boundaries';
export { SCOTTISH_CODE_CHANGES, to2024Code } from './scottish-code-changes';
export { type HistoryContest, type OverlapLink, type SeatHistory, seatHistory } from './seat-history';
// Seat lookup and selection.
export {
  AmbiguousSeatError,
  findSeat,
  normaliseSeatName,
  SeatLookupError,
  type SeatLookupOptions,
  type SeatSuggestion,
  UnknownSeatError,
} from './seat-lookup';
export { type SeatSelection, selectSeats } from './seat-selection';
export { swingNeeded } from './swing-needed';
export { type TargetRequest, type TargetSeat, targetList } from './targets';
// Metrics.
export { combinedTurnout, type TurnoutInput, turnout } from './turnout';
// The data model.
export type {
  BoundarySet,
  Constituency,
  ConstituencyOverlap,
  ConstituencyType,
  Contest,
  ContestCandidate,
  DataIssue,
  Election,
  ElectionDataset,
  ElectionKind,
  Gender,
  Nation,
  Party,
  ResultSummary,
} from './types';
export {
  addPartyVotes,
  type Change,
  changes,
  type PartyVotes,
  partyVotes,
  type Shares,
  voteShares,
} from './vote-share';

import type { Json } from '../core/schema';

/** A Westminster constituency on one boundary set (UK election results). */
export interface ResultsConstituencyTable {
  code: string;
  boundary_set: string;
  ordinal: number;
  name: string;
  county: string;
  region_code: string;
  region_name: string;
  nation: string;
  type: string;
}

/** A general election, a set of notional results, or one by-election. */
export interface ResultsElectionTable {
  id: string;
  ordinal: number;
  kind: string;
  date: string;
  year: number;
  boundary_set: string;
  parliament: number;
  label: string;
}

/** The result in one constituency at one election. */
export interface ResultsContestTable {
  election_id: string;
  code: string;
  ordinal: number;
  kind: string;
  date: string;
  boundary_set: string;
  electorate: number;
  valid_votes: number;
  invalid_votes: number | null;
  winner: string;
  winner_name: string;
  runner_up: string | null;
  majority: number;
  result_winner: string | null;
  result_outcome: string | null;
  result_gained_from: string | null;
}

/** One candidate (or notional party total) in a contest; `position` 0 has most votes. */
export interface ResultsCandidacyTable {
  election_id: string;
  code: string;
  position: number;
  name: string;
  party: string;
  party_name: string;
  votes: number;
  gender: string;
  sitting_mp: boolean | null;
  former_mp: boolean | null;
}

/** A party abbreviation in the results with its usual name. */
export interface ResultsPartyTable {
  abbreviation: string;
  ordinal: number;
  name: string;
}

/** How much of a 2010-set seat lies in a 2024-set seat, and the reverse. */
export interface ResultsOverlapTable {
  from_code: string;
  to_code: string;
  ordinal: number;
  from_name: string;
  to_name: string;
  from_residential: number;
  to_residential: number;
  from_geographic: number;
  to_geographic: number;
  from_population: number;
  to_population: number;
}

/** An inconsistency found in the results files when they were loaded. */
export interface ResultsIssueTable {
  ordinal: number;
  file: string;
  line: number | null;
  code: string;
  kind: string;
  message: string;
}

/** One constituency's cell in a HexJSON map of a boundary set. */
export interface ResultsHexTable {
  boundary_set: string;
  code: string;
  ordinal: number;
  layout: string;
  name: string;
  q: number;
  r: number;
  region_code: string | null;
}

/** One constituency's simplified outline (GeoJSON geometry). */
export interface ResultsBoundaryTable {
  boundary_set: string;
  code: string;
  ordinal: number;
  name: string;
  geometry: Json;
}

/** The election results tables. */
export interface ResultsTables {
  results_constituency: ResultsConstituencyTable;
  results_election: ResultsElectionTable;
  results_contest: ResultsContestTable;
  results_candidacy: ResultsCandidacyTable;
  results_party: ResultsPartyTable;
  results_overlap: ResultsOverlapTable;
  results_issue: ResultsIssueTable;
  results_hex: ResultsHexTable;
  results_boundary: ResultsBoundaryTable;
}

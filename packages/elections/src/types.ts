// The election data model: plain, JSON-serialisable objects built from the Commons Library files.

/** The four nations of the United Kingdom, named as the data names them. */
export type Nation = 'England' | 'Scotland' | 'Wales' | 'Northern Ireland';

/** A candidate's or member's gender; the data's M/F (2010–2017) and Male/Female (2019 on) codes fold into one. */
export type Gender = 'male' | 'female' | 'non-binary' | 'unknown';

/** A set of constituency boundaries: the 2010 set (elections 2010–2019) or the 2024 set (2024 on). */
export type BoundarySet = '2010' | '2024';

/** How the data classifies a constituency. */
export type ConstituencyType = 'County' | 'Borough' | 'Burgh';

/** What kind of election a contest belongs to; notional results are estimates on new boundaries. */
export type ElectionKind = 'general' | 'notional' | 'by-election';

/** A Westminster constituency on one boundary set. */
export interface Constituency {
  /** GSS code, e.g. "E14000548". */
  code: string;
  name: string;
  boundarySet: BoundarySet;
  /** Historic county from the data; for 2024-set seats derived from the 2010-set seat contributing most population. */
  county: string;
  /** ONS region (or nation) code, e.g. "E12000003"; Scotland, Wales and Northern Ireland use their nation code. */
  regionCode: string;
  regionName: string;
  nation: Nation;
  type: ConstituencyType;
}

/** A general election, a set of notional results, or one by-election. */
export interface Election {
  /** "ge2019", "notional2019", "notional2005" or "by-2021-07-01-E14000548". */
  id: string;
  kind: ElectionKind;
  /** Polling day, YYYY-MM-DD. */
  date: string;
  year: number;
  boundarySet: BoundarySet;
  /** Parliament number as the Commons Library counts them (55 = 2010–15 … 59 = 2024–). */
  parliament: number;
  label: string;
}

/** A parsed "Result" cell such as "Con gain from Lab" or "RUK Hold". */
export interface ResultSummary {
  winner: string;
  outcome: 'hold' | 'gain';
  /** The party the seat was gained from; null for a hold. */
  gainedFrom: string | null;
}

/** One candidate (or, in notional results, one party's total) in a contest. */
export interface ContestCandidate {
  /** Full name; empty for notional results, which have party totals only. */
  name: string;
  /** Party abbreviation as the data uses it (Con, Lab, LD, RUK, Ind, Spk, …). */
  party: string;
  partyName: string;
  votes: number;
  gender: Gender;
  sittingMp: boolean | null;
  formerMp: boolean | null;
}

/** The result in one constituency at one election. */
export interface Contest {
  electionId: string;
  kind: ElectionKind;
  date: string;
  code: string;
  boundarySet: BoundarySet;
  electorate: number;
  validVotes: number;
  /** Rejected ballots; null where the data has "[x]" (not available) or none is published. */
  invalidVotes: number | null;
  /** Candidates, most votes first. */
  candidates: ContestCandidate[];
  /** Party of the candidate with most votes. */
  winner: string;
  /** Winner's name; empty for notional results. */
  winnerName: string;
  /** Party of the runner-up; null when unopposed. */
  runnerUp: string | null;
  /** Winner's votes minus runner-up's, computed from the candidates. */
  majority: number;
  /** The published result summary; null for notional results. */
  result: ResultSummary | null;
}

/** A party abbreviation with the name it most often appears under. */
export interface Party {
  abbreviation: string;
  name: string;
}

/** How much of a 2010-set seat lies in a 2024-set seat, and the reverse, by residents, area and population. */
export interface ConstituencyOverlap {
  fromCode: string;
  fromName: string;
  toCode: string;
  toName: string;
  /** Share of the old seat that falls in the new seat. */
  fromResidential: number;
  /** Share of the new seat that came from the old seat. */
  toResidential: number;
  fromGeographic: number;
  toGeographic: number;
  fromPopulation: number;
  toPopulation: number;
}

/** An inconsistency found in otherwise well-formed data; reported, not fatal. */
export interface DataIssue {
  /** File path under data/. */
  file: string;
  line: number | null;
  code: string;
  kind:
    | 'candidate-votes-corrected'
    | 'candidate-votes-mismatch'
    | 'party-columns-mismatch'
    | 'majority-mismatch'
    | 'winner-mismatch';
  message: string;
}

/** Everything the analytics need: seats on both boundary sets, elections, contests, overlaps and parties. */
export interface ElectionDataset {
  constituencies: Constituency[];
  elections: Election[];
  contests: Contest[];
  overlaps: ConstituencyOverlap[];
  parties: Party[];
  issues: DataIssue[];
}

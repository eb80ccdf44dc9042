/** Counting methods the API offers, with the names people know them by. */
export const METHODS = [
  { id: 'scottish', label: 'STV — Scottish rules (SSI 2007/42)', stv: true },
  { id: 'ers97', label: 'STV — ERS97 manual rules', stv: true },
  { id: 'meek', label: 'STV — Meek (PR Foundation reference rule)', stv: true },
  { id: 'meek-droop', label: 'STV — Meek as Droop and stv-rs count it', stv: true },
  { id: 'av', label: 'Alternative vote (AV / IRV, one seat)', stv: false },
  { id: 'fptp', label: 'First past the post (one seat)', stv: false },
  { id: 'block', label: 'Block vote (N seats)', stv: false },
  { id: 'referendum', label: 'Yes / no (referendum)', stv: false },
] as const;

/** A counting method id. */
export type MethodId = (typeof METHODS)[number]['id'];

/** One ballot line: how many papers, and the candidates in order (an inner list ranks them equal). */
export interface BallotLine {
  weight: number;
  ranking: (string | string[])[];
}

/** Ballots entered by hand, as the API's `election` field. */
export interface ElectionInput {
  title?: string;
  seats?: number;
  candidates: string[];
  withdrawn?: string[];
  ballots: BallotLine[];
}

/** What happened at a stage, as POST /api/count describes it. */
export type StageAction =
  | { type: 'first' }
  | { type: 'surplus'; candidate: string }
  | {
      type: 'exclusion';
      candidate: string;
      /** All candidates excluded together, when rules exclude several at once. */
      candidates: string[];
      /** Why: `lowest`, `bulk`, or `doomed` (a seat constraint rules them out). */
      reason: 'lowest' | 'bulk' | 'doomed';
    }
  | { type: 'iteration'; iterations: number; outcome: 'elected' | 'converged' | 'stable' };

/** One stage of a count, totals after that stage's transfer. */
export interface Stage {
  stage: number;
  action: StageAction;
  totals: Record<string, string>;
  nonTransferable: string;
  elected: string[];
  excluded: string[];
}

/** How the count breaks ties, named for the rules' source, and the tie order if one was fixed. */
export interface TieProcedure {
  source: string;
  final: 'lot' | 'order';
  order?: { from: 'blt' | 'option' | 'ballot-paper' | 'draw'; candidates: string[] };
}

/** The count result as POST /api/count returns it. */
export interface CountResult {
  method: string;
  seats: number;
  quota: string | null;
  elected: string[];
  stages: Stage[];
  ties: Tie[];
  title: string | null;
  candidates: string[];
  withdrawn: string[];
  validVotes: number;
  seed: string;
  ballots: BallotReport;
  tieProcedure: TieProcedure;
  /** Meek, when asked for: the count as Droop's and stv-rs's text report. */
  droopReport?: string;
}

/** A tie met during the count and how it was broken. */
export interface Tie {
  stage: number;
  /** What the tie decided. */
  what: 'surplus-order' | 'exclusion' | 'election' | 'order-elected';
  /** How it was broken. */
  by: 'history' | 'lot' | 'tie-order' | 'unresolved';
  candidates: string[];
  chosen: string[];
}

/** One irregular ballot line and what the rules did with it. */
export interface BallotNote {
  /** Line of the BLT file, or position in the list of piles. */
  line?: number;
  ballot?: number;
  papers: number;
  issue: 'equal-ranking' | 'skipped-rank' | 'repeated-candidate';
  rank: number;
  effect: 'stopped' | 'invalid' | 'passed-over' | 'ignored' | 'shared';
}

/** What was found on the ballot papers. */
export interface BallotReport {
  cast: number;
  valid: number;
  invalid: number;
  empty: number;
  equalRanking: number;
  skippedRank: number;
  repeatedCandidate: number;
  withdrawnPreference: number;
  distinct: number;
  notes: BallotNote[];
  notesOmitted: number;
}

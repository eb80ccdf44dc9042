/** Counting methods the API offers, with the names people know them by. */
export const METHODS = [
  { id: 'scottish', label: 'STV — Scottish rules (SSI 2007/42)', stv: true },
  { id: 'ers97', label: 'STV — ERS97 manual rules', stv: true },
  { id: 'meek', label: 'STV — Meek', stv: true },
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

/** What happened at a stage. */
export interface StageAction {
  /** `first`, `surplus` or `exclusion`. */
  type: string;
  candidate?: string;
  /** All candidates excluded together, when rules exclude several at once. */
  candidates?: string[];
  /** Why candidates were excluded: `lowest`, `bulk`, or `doomed` (a seat constraint rules them out). */
  reason?: string;
}

/** One stage of a count, totals after that stage's transfer. */
export interface Stage {
  stage: number;
  action: StageAction;
  totals: Record<string, string>;
  nonTransferable: string;
  elected: string[];
  excluded: string[];
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
}

/** A tie met during the count and how it was broken. */
export interface Tie {
  stage: number;
  /** What the tie decided: `surplus-order`, `exclusion`, `election` or `order-elected`. */
  what: string;
  /** How it was broken: e.g. `earlier-stages`, `lot`, or `unresolved`. */
  by: string;
  candidates: string[];
  chosen: string[];
}

/** What was found on the ballot papers. */
export interface BallotReport {
  valid: number;
  invalid: number;
  [irregularity: string]: number;
}

import type { Schemas } from '../../lib/api';

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

// The count API's types, named for the page; every one is the generated OpenAPI type.

/** What to count: a BLT text or hand-entered ballots, with the method and options (POST /api/count). */
export type CountRequest = Schemas['CountRequest'];
/** Ballots entered by hand, as the API's `election` field. */
export type ElectionInput = NonNullable<CountRequest['election']>;
/** One ballot line: how many papers, and the candidates in order (an inner list ranks them equal). */
export type BallotLine = ElectionInput['ballots'][number];
/** What happened at a stage. */
export type StageAction = Schemas['StageAction'];
/** One stage of a count, totals after that stage's transfer. */
export type Stage = Schemas['Stage'];
/** How the count breaks ties, named for the rules' source, and the tie order if one was fixed. */
export type TieProcedure = Schemas['TieProcedure'];
/** The count result as POST /api/count returns it. */
export type CountResult = Schemas['CountResult'];
/** A tie met during the count and how it was broken. */
export type Tie = Schemas['Tie'];
/** One irregular ballot line and what the rules did with it. */
export type BallotNote = Schemas['BallotNote'];
/** What was found on the ballot papers. */
export type BallotReport = Schemas['BallotReport'];

/**
 * The election as given to the engine: candidates in ballot-paper (BLT) order, seats, withdrawn
 * candidates and ballots. Candidates are referred to by 0-based index everywhere in code;
 * BLT files and JSON ballots use 1-based numbers or names and are converted on reading.
 */
import { ElectionInputError } from './errors';

/**
 * One preference position on a ballot: a candidate index, or a list of candidate indices ranked
 * equal at this position. An empty list is a skipped rank (e.g. a paper marked 1, 2, 4).
 */
export type Rank = number | readonly number[];

/** A ballot paper, or a pile of identical papers: how many there are and their preferences in order. */
export interface Ballot {
  /** Number of identical papers (a positive integer). */
  readonly weight: number;
  /** Preferences, first preference first. */
  readonly ranks: readonly Rank[];
}

/** An election ready to count. */
export interface Election {
  /** Title from the BLT file, if any. */
  readonly title?: string;
  /** Source field after the title (Wichmann's BLT extension), if any. */
  readonly source?: string;
  /** Comment field after the source (Wichmann's BLT extension), if any. */
  readonly comment?: string;
  /** Candidate names exactly as written, in ballot-paper order. */
  readonly candidates: readonly string[];
  /** Number of seats (vacancies) to fill. */
  readonly seats: number;
  /** 0-based indices of candidates withdrawn before the count. */
  readonly withdrawn: readonly number[];
  /** The ballots. */
  readonly ballots: readonly Ballot[];
  /** Short names ballot lines may use instead of numbers (BLT `[nick …]`), one per candidate. */
  readonly nicknames?: readonly string[];
  /** Tie-breaking order fixed before the count (BLT `[tie …]`): every candidate index once, first in line first. */
  readonly tieOrder?: readonly number[];
  /** For a BLT file: the line each ballot was read from (its first line, when identical lines were merged). */
  readonly ballotLines?: readonly number[];
}

/** Largest number of candidates an election may have (candidate indices must fit in 16 bits). */
export const MAX_CANDIDATES = 65535;

/** Checks everything about an election except the ballots' contents; throws ElectionInputError. */
export function validateElectionHeader(election: Election): void {
  const { candidates, seats, withdrawn } = election;
  if (candidates.length === 0)
    throw new ElectionInputError('candidates', 'there must be at least one candidate.');
  if (candidates.length > MAX_CANDIDATES) {
    throw new ElectionInputError('candidates', `there may be at most ${MAX_CANDIDATES} candidates.`);
  }
  const seen = new Set<string>();
  candidates.forEach((name, index) => {
    if (seen.has(name)) {
      throw new ElectionInputError(`candidates[${index}]`, `the name "${name}" is used by two candidates.`);
    }
    seen.add(name);
  });
  if (!Number.isSafeInteger(seats) || seats < 1) {
    throw new ElectionInputError('seats', 'the number of seats must be a whole number of at least 1.');
  }
  withdrawn.forEach((index, position) => {
    if (!isCandidateIndex(index, candidates.length)) {
      throw new ElectionInputError(`withdrawn[${position}]`, `${index} is not a candidate index.`);
    }
  });
  const { tieOrder, nicknames } = election;
  if (tieOrder !== undefined && !isPermutation(tieOrder, candidates.length)) {
    throw new ElectionInputError('tieOrder', 'the tie order must list every candidate exactly once.');
  }
  if (nicknames !== undefined && nicknames.length !== candidates.length) {
    throw new ElectionInputError('nicknames', 'there must be one nickname per candidate.');
  }
}

/** True when `order` holds each index 0 … count − 1 exactly once. */
export function isPermutation(order: readonly number[], count: number): boolean {
  if (order.length !== count) return false;
  const seen = new Uint8Array(count);
  for (const index of order) {
    if (!isCandidateIndex(index, count) || seen[index] === 1) return false;
    seen[index] = 1;
  }
  return true;
}

/** True when `value` is a valid 0-based index for `count` candidates. */
export function isCandidateIndex(value: unknown, count: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < count;
}

/** The index of a candidate given by exact name, nickname or 1-based number; -1 if none. */
export function findCandidate(election: Election, reference: string): number {
  const exact = election.candidates.indexOf(reference);
  if (exact >= 0) return exact;
  const trimmed = reference.trim();
  const byName = election.candidates.indexOf(trimmed);
  if (byName >= 0) return byName;
  const byNickname = election.nicknames?.indexOf(trimmed) ?? -1;
  if (byNickname >= 0) return byNickname;
  if (/^\d+$/.test(trimmed)) {
    const number = Number(trimmed);
    if (number >= 1 && number <= election.candidates.length) return number - 1;
  }
  return -1;
}

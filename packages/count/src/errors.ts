/** Base class of every error the counting engine raises on bad input; `code` is stable for programs (an API maps all of them to HTTP 400). */
export abstract class CountError extends Error {
  /** Stable machine-readable identifier of the error kind. */
  abstract readonly code: string;
}

/** A BLT file could not be read: says on which line, what was expected there and what was found instead. */
export class BltParseError extends CountError {
  override readonly name = 'BltParseError';
  readonly code = 'blt-parse';

  constructor(
    /** 1-based line number in the file. */
    readonly line: number,
    /** What the reader expected at that point, e.g. "a candidate number between 1 and 7". */
    readonly expected: string,
    /** What it found instead, e.g. `"x"` or "end of file". */
    readonly found: string,
  ) {
    super(`BLT line ${line}: expected ${expected}, found ${found}`);
  }
}

/** An election cannot be written as BLT, e.g. a candidate name holds a line break. */
export class BltWriteError extends CountError {
  override readonly name = 'BltWriteError';
  readonly code = 'blt-write';

  constructor(
    /** The part of the election that cannot be written, e.g. `candidates[2]`. */
    readonly path: string,
    /** Why it cannot be written. */
    readonly problem: string,
  ) {
    super(`Cannot write ${path} as BLT: ${problem}`);
  }
}

/** An election (from JSON or built in code) is malformed: says where and what is wrong. */
export class ElectionInputError extends CountError {
  override readonly name = 'ElectionInputError';
  readonly code = 'election-input';

  constructor(
    /** Where the problem is, as a JSON-style path such as `ballots[12].ranks[3]`. */
    readonly path: string,
    /** What is wrong there, in one sentence. */
    readonly problem: string,
  ) {
    super(`Invalid election at ${path}: ${problem}`);
  }
}

/** A count option is invalid for this election, e.g. more seats than candidates. */
export class CountOptionsError extends CountError {
  override readonly name = 'CountOptionsError';
  readonly code = 'count-options';

  constructor(
    /** The option at fault, e.g. `seats`. */
    readonly option: string,
    /** What is wrong with it, in one sentence. */
    readonly problem: string,
  ) {
    super(`Invalid count option ${option}: ${problem}`);
  }
}

/** Category constraints are malformed or cannot be met by any set of winners. */
export class ConstraintError extends CountError {
  override readonly name = 'ConstraintError';
  readonly code = 'constraint';

  constructor(
    /** What is wrong, in one sentence. */
    readonly problem: string,
  ) {
    super(`Invalid constraints: ${problem}`);
  }
}

/** The election is too large to count exactly at the rule's precision (votes × 10^decimals must stay below 2^53). */
export class CountCapacityError extends CountError {
  override readonly name = 'CountCapacityError';
  readonly code = 'count-capacity';

  constructor(
    /** Number of valid ballot papers in the election. */
    readonly papers: number,
    /** Decimal places of the counting rule. */
    readonly decimals: number,
  ) {
    super(`Cannot count ${papers} papers exactly at ${decimals} decimal places: the election is too large.`);
  }
}

/** No ballot paper has a countable preference, so nobody can be declared elected. */
export class NoValidBallotsError extends CountError {
  override readonly name = 'NoValidBallotsError';
  readonly code = 'no-valid-ballots';

  constructor(
    /** Papers cast, all of them invalid. */
    readonly cast: number,
  ) {
    super(
      cast === 0
        ? 'There are no ballots to count: the election has no ballot papers, so nobody can be elected.'
        : `None of the ${cast} ballot papers has a valid preference for a candidate still standing, so nobody can be elected.`,
    );
  }
}

/** Droop's Meek rule cannot go on: an elected candidate fell below the quota and the total surplus is negative. */
export class NegativeSurplusError extends CountError {
  override readonly name = 'NegativeSurplusError';
  readonly code = 'negative-surplus';

  constructor(
    /** The total surplus as a decimal, e.g. "-0.000000001". */
    readonly surplus: string,
  ) {
    super(
      `The meek-droop count cannot go on: the total surplus is negative (${surplus}) because an elected candidate fell below the quota, so no candidate can be defeated (Droop stops here too). Count with the positive-surplus option (as stv-rs --force-positive-surplus does) or with --method meek.`,
    );
  }
}

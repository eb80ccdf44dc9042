/**
 * The mutable state of an STV count shared by the engine and the vote tallies: each candidate's
 * status and total, the non-transferable value split into exhausted papers and truncation loss,
 * the quota, and snapshots of earlier totals for tie-breaking.
 */
import { pow10 } from './fixed-point';

/** Candidate status: still in the count. */
export const HOPEFUL = 0;
/** Candidate status: deemed elected. */
export const ELECTED = 1;
/** Candidate status: excluded (defeated). */
export const EXCLUDED = 2;
/** Candidate status: withdrawn before the count. */
export const WITHDRAWN = 3;

/** Totals, statuses and bookkeeping of one STV count; vote values are fixed-point at `decimals`. */
export class StvState {
  /** Per candidate: HOPEFUL, ELECTED, EXCLUDED or WITHDRAWN. */
  readonly status: Uint8Array;
  /** Per candidate: current vote total. */
  readonly totals: bigint[];
  /** Value of papers that had no further preference. */
  exhausted = 0n;
  /** Value lost by truncating transfer values. */
  truncationLoss = 0n;
  /** Current quota. */
  quota = 0n;
  /** One vote (10^decimals) as bigint. */
  readonly unit: bigint;
  /** One vote as a Number, for the exact-integer inner loops. */
  readonly unitNumber: number;
  /** The valid poll in fixed point. */
  readonly valid: bigint;
  /** Totals after every stage (and, for ERS97, every batch of an exclusion), oldest first. */
  readonly history: bigint[][] = [];
  /** Increments whenever any status changes. */
  statusVersion = 0;
  private electedCount = 0;

  constructor(
    candidateCount: number,
    withdrawn: readonly number[],
    /** Seats to fill. */
    readonly seats: number,
    /** Decimal places of vote values. */
    readonly decimals: number,
    papers: number,
  ) {
    this.status = new Uint8Array(candidateCount);
    for (const index of withdrawn) this.status[index] = WITHDRAWN;
    this.totals = new Array<bigint>(candidateCount).fill(0n);
    this.unit = pow10(decimals);
    this.unitNumber = Number(this.unit);
    this.valid = BigInt(papers) * this.unit;
  }

  /** Seats not yet filled. */
  get vacancies(): number {
    return this.seats - this.electedCount;
  }

  /** Number of candidates elected so far. */
  get elected(): number {
    return this.electedCount;
  }

  /** Indices of hopeful candidates. */
  hopeful(): number[] {
    const result: number[] = [];
    this.status.forEach((status, index) => {
      if (status === HOPEFUL) result.push(index);
    });
    return result;
  }

  /** Changes a candidate's status. */
  setStatus(candidate: number, status: number): void {
    if (status === ELECTED) this.electedCount++;
    this.status[candidate] = status;
    this.statusVersion++;
  }

  /** Records the current totals as a point for tie-breaking. */
  checkpoint(): void {
    this.history.push([...this.totals]);
  }
}

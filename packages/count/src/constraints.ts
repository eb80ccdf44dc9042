/**
 * Constrained STV: a minimum and/or maximum number of seats for categories of candidates
 * (e.g. at least 4 women among 9 seats, at most 2 from one region). Design, after Hill
 * ("Implementing gender constraints", Voting matters 9):
 *
 * - A set of winners is *conformant* if every category's count lies within its bounds.
 * - At every decision point the engine asks which hopeful candidates are *doomed* (in no
 *   conformant completion of the candidates already elected) and which are *guarded* (in
 *   every conformant completion).
 * - Doomed candidates are excluded at once, all together in one stage (reason `doomed`),
 *   before any surplus is transferred; a doomed candidate who reaches the quota is not elected.
 * - Guarded candidates are never excluded: the lowest unguarded hopeful is excluded instead.
 * - A bulk exclusion (ERS97, AV batches) or a deferral of surpluses for one is only made when
 *   the whole group can go without making the constraints unsatisfiable and without drawing
 *   lots inside the group; otherwise candidates are excluded one at a time.
 * - Otherwise the count follows its rules unchanged. Electing only undoomed candidates and
 *   excluding only unguarded ones keeps a conformant completion available at every step, so
 *   the final result is conformant whenever the constraints can be met at all (checked before
 *   the count starts; ConstraintError otherwise).
 *
 * Candidates interchangeable for the constraints (same set of categories) form a *type*;
 * marking checks, per type, whether a completion exists that takes at least one of it (else it
 * is doomed) and one that leaves at least one of it out (else guarded). Each check is a
 * depth-first search over how many of each type to elect, pruned by the category bounds.
 */
import { type Election, findCandidate } from './election';
import { ConstraintError } from './errors';
import { ELECTED, HOPEFUL } from './stv-state';

/** Bounds on how many candidates of one category may be elected. */
export interface CategoryConstraint {
  /** Name of the category, e.g. "women". */
  readonly category: string;
  /** The candidates in the category: exact names, nicknames or 1-based numbers. */
  readonly members: readonly string[];
  /** At least this many of them must be elected. */
  readonly min?: number;
  /** At most this many of them may be elected. */
  readonly max?: number;
}

/** Most categories one count may constrain. */
export const MAX_CONSTRAINTS = 8;

/** Doomed and guarded flags per candidate (1 = marked). */
export interface CandidateMarks {
  /** Cannot be elected in any conformant result. */
  readonly doomed: Uint8Array;
  /** Is elected in every conformant result. */
  readonly guarded: Uint8Array;
}

interface CandidateType {
  readonly mask: number;
  readonly members: number[];
}

/** The constraints of one count, resolved to candidate indices. */
export class ConstraintSet {
  private readonly masks: Int32Array;
  private readonly min: number[];
  private readonly max: number[];

  /** Resolves and validates constraints against the election's candidates; throws ConstraintError. */
  constructor(constraints: readonly CategoryConstraint[], election: Election, seats: number) {
    if (constraints.length > MAX_CONSTRAINTS) {
      throw new ConstraintError(`at most ${MAX_CONSTRAINTS} categories can be constrained.`);
    }
    const { candidates } = election;
    this.masks = new Int32Array(candidates.length);
    this.min = [];
    this.max = [];
    constraints.forEach((constraint, j) => {
      const min = constraint.min ?? 0;
      const max = constraint.max ?? seats;
      if (!Number.isInteger(min) || !Number.isInteger(max) || min < 0 || max < min) {
        throw new ConstraintError(
          `category "${constraint.category}" needs whole-number bounds with 0 ≤ min ≤ max.`,
        );
      }
      for (const name of constraint.members) {
        const index = findCandidate(election, name);
        if (index < 0) {
          throw new ConstraintError(
            `category "${constraint.category}" names "${name}", who is not a candidate (give exact names, nicknames or numbers from 1 to ${candidates.length}).`,
          );
        }
        this.masks[index] = (this.masks[index] ?? 0) | (1 << j);
      }
      this.min.push(min);
      this.max.push(max);
    });
  }

  /** True when some conformant set of winners exists given the statuses. */
  feasible(status: Uint8Array, vacancies: number): boolean {
    const { types, elected } = this.classify(status);
    return this.search(types, elected, vacancies, -1, 'none');
  }

  /** Marks the hopeful candidates that are doomed or guarded given the statuses. */
  mark(status: Uint8Array, vacancies: number): CandidateMarks {
    const doomed = new Uint8Array(status.length);
    const guarded = new Uint8Array(status.length);
    const { types, elected } = this.classify(status);
    types.forEach((type, t) => {
      const flag = (marks: Uint8Array): void => {
        for (const member of type.members) marks[member] = 1;
      };
      if (!this.search(types, elected, vacancies, t, 'include')) flag(doomed);
      if (!this.search(types, elected, vacancies, t, 'leave-out')) flag(guarded);
    });
    return { doomed, guarded };
  }

  /** Groups hopeful candidates by type and counts elected candidates per category. */
  private classify(status: Uint8Array): { types: CandidateType[]; elected: number[] } {
    const elected = this.min.map(() => 0);
    const byMask = new Map<number, CandidateType>();
    status.forEach((s, candidate) => {
      const mask = this.masks[candidate] ?? 0;
      if (s === ELECTED) {
        elected.forEach((count, j) => {
          if (mask & (1 << j)) elected[j] = count + 1;
        });
      } else if (s === HOPEFUL) {
        let type = byMask.get(mask);
        if (type === undefined) {
          type = { mask, members: [] };
          byMask.set(mask, type);
        }
        type.members.push(candidate);
      }
    });
    return { types: [...byMask.values()], elected };
  }

  /**
   * Depth-first search for a number to elect of each type, summing to `vacancies`, that keeps
   * every category within bounds; type `focus` must contribute at least one (`include`) or
   * leave at least one out (`leave-out`).
   */
  private search(
    types: readonly CandidateType[],
    elected: readonly number[],
    vacancies: number,
    focus: number,
    mode: 'include' | 'leave-out' | 'none',
  ): boolean {
    if (elected.some((count, j) => count > (this.max[j] ?? 0))) return false;
    const low = types.map((_, t) => (t === focus && mode === 'include' ? 1 : 0));
    const high = types.map((type, t) => type.members.length - (t === focus && mode === 'leave-out' ? 1 : 0));
    const categories = this.min.length;
    // capacity[t][j]: most that types t.. can add to category j; capacity[t][categories]: in total.
    const capacity: number[][] = [];
    for (let t = types.length; t >= 0; t--) {
      const below = capacity[t + 1] ?? new Array<number>(categories + 1).fill(0);
      const mask = types[t]?.mask ?? 0;
      const add = high[t] ?? 0;
      capacity[t] = below.map((value, j) => value + (j === categories || mask & (1 << j) ? add : 0));
    }
    const counts = [...elected];
    const visit = (t: number, left: number): boolean => {
      const room = capacity[t] ?? [];
      if ((room[categories] ?? 0) < left) return false;
      for (let j = 0; j < categories; j++) {
        if ((counts[j] ?? 0) + Math.min(room[j] ?? 0, left) < (this.min[j] ?? 0)) return false;
      }
      const type = types[t];
      if (type === undefined) return left === 0;
      const from = low[t] ?? 0;
      const to = Math.min(high[t] ?? 0, left);
      for (let n = from; n <= to; n++) {
        if (!this.add(counts, type.mask, n)) {
          this.add(counts, type.mask, -n);
          break;
        }
        const found = visit(t + 1, left - n);
        this.add(counts, type.mask, -n);
        if (found) return true;
      }
      return false;
    };
    return visit(0, vacancies);
  }

  /** Adds n to the counts of the mask's categories; false if a maximum is then exceeded. */
  private add(counts: number[], mask: number, n: number): boolean {
    let within = true;
    for (let j = 0; j < counts.length; j++) {
      if (!(mask & (1 << j))) continue;
      const count = (counts[j] ?? 0) + n;
      counts[j] = count;
      if (count > (this.max[j] ?? 0)) within = false;
    }
    return within;
  }
}

/**
 * Paper transfers for the stage-by-stage STV rules (Scottish, ERS97) and AV. Identical papers
 * (a ballot group) always travel together, so the state of a group is just where it is on its
 * preference list and its current value. Each candidate holds parcels: groups received together
 * at one value, in order of arrival, which is what "papers at the value they arrived with"
 * (Scottish rule 48) and "the last batch received" (ERS97 5.3.2) need.
 */
import type { BallotProfile } from './ballot-profile';
import { HOPEFUL, type StvState } from './stv-state';

interface Parcel {
  /** Value of each paper in fixed point, as an exact integer. */
  readonly value: number;
  /** Ballot groups in the parcel. */
  readonly groups: number[];
  /** Number of papers (sum of the groups' weights). */
  papers: number;
}

/** Holds every candidate's papers and moves them between candidates, updating the shared totals. */
export class PaperTally {
  private readonly parcels: Parcel[][];
  /** Per group: index into `profile.prefs` of the candidate currently holding it. */
  private readonly position: Int32Array;
  /** Scratch: value gained per candidate during one move. */
  private readonly gain: Float64Array;
  /** Scratch: parcel being filled per candidate during one move. */
  private readonly incoming: (Parcel | undefined)[];

  constructor(
    private readonly profile: BallotProfile,
    private readonly state: StvState,
  ) {
    const count = profile.candidateCount;
    this.parcels = Array.from({ length: count }, () => []);
    this.position = profile.start.slice(0, profile.groupCount);
    this.gain = new Float64Array(count);
    this.incoming = new Array<Parcel | undefined>(count).fill(undefined);
  }

  /** Gives every group to its first preference at full value (the first stage). */
  distributeFirst(): void {
    const { prefs, start, weight, groupCount } = this.profile;
    const unit = this.state.unitNumber;
    for (let g = 0; g < groupCount; g++) {
      const candidate = prefs[start[g] ?? 0] ?? 0;
      const w = weight[g] ?? 0;
      const parcel = this.parcelFor(candidate, unit);
      parcel.groups.push(g);
      parcel.papers += w;
      this.gain[candidate] = (this.gain[candidate] ?? 0) + w * unit;
    }
    this.settle();
  }

  /**
   * Scottish rule 48: transfers all the candidate's papers, each parcel at
   * surplus × arrival value ÷ total (truncated), and leaves the candidate on the quota.
   */
  transferWholeSurplus(candidate: number): void {
    const { state } = this;
    const total = state.totals[candidate] ?? 0n;
    const surplus = total - state.quota;
    let moved = 0n;
    for (const parcel of this.take(candidate)) {
      const value = (surplus * BigInt(parcel.value)) / total;
      this.move(parcel.groups, Number(value));
      moved += BigInt(parcel.papers) * value;
    }
    state.totals[candidate] = state.quota;
    state.truncationLoss += surplus - moved;
  }

  /**
   * ERS97 5.3: transfers only the last parcel received (all papers after a first-stage
   * surplus), each transferable paper at surplus ÷ transferable papers (truncated), or at its
   * present value if that is lower; the candidate keeps the quota and the difference is
   * non-transferable.
   */
  transferLastParcelSurplus(candidate: number): void {
    const { state } = this;
    const surplus = (state.totals[candidate] ?? 0n) - state.quota;
    const parcels = this.take(candidate);
    const last = parcels[parcels.length - 1];
    const transferable = last === undefined ? [] : last.groups.filter((g) => this.nextHopeful(g) >= 0);
    let papers = 0;
    for (const g of transferable) papers += this.profile.weight[g] ?? 0;
    const present = BigInt(last?.value ?? 0);
    const count = BigInt(papers);
    if (count * present > surplus) {
      const value = surplus / count;
      this.move(transferable, Number(value));
      state.truncationLoss += surplus - count * value;
    } else {
      this.move(transferable, Number(present));
      state.exhausted += surplus - count * present;
    }
    state.totals[candidate] = state.quota;
  }

  /**
   * Transfers all papers of the excluded candidates at the value they arrived with, in batches
   * of equal value, highest value first. `afterBatch` runs after each batch and may stop the
   * transfer (ERS97 5.4: elections between batches, no transfers once all seats are filled).
   */
  exclude(candidates: readonly number[], afterBatch?: () => boolean): void {
    const { state } = this;
    const held = candidates.flatMap((candidate) =>
      this.take(candidate).map((parcel) => ({ candidate, parcel })),
    );
    const values = [...new Set(held.map((entry) => entry.parcel.value))].sort((a, b) => b - a);
    for (const value of values) {
      for (const { candidate, parcel } of held) {
        if (parcel.value !== value) continue;
        this.route(parcel.groups, value);
        state.totals[candidate] = (state.totals[candidate] ?? 0n) - BigInt(parcel.papers) * BigInt(value);
      }
      this.settle();
      if (afterBatch?.()) return;
    }
  }

  /** Removes and returns all of a candidate's parcels. */
  private take(candidate: number): Parcel[] {
    const parcels = this.parcels[candidate] ?? [];
    this.parcels[candidate] = [];
    return parcels;
  }

  /** Index in `prefs` of the group's next hopeful preference after its current one, or -1. */
  private nextHopeful(g: number): number {
    const { prefs, start } = this.profile;
    const { status } = this.state;
    const end = start[g + 1] ?? 0;
    for (let p = (this.position[g] ?? 0) + 1; p < end; p++) {
      if (status[prefs[p] ?? 0] === HOPEFUL) return p;
    }
    return -1;
  }

  /** Moves groups to their next hopeful preference at `value` each (papers with none are exhausted) and settles. */
  private move(groups: readonly number[], value: number): void {
    this.route(groups, value);
    this.settle();
  }

  /** Sends groups on to their next hopeful preference at `value` each, into the current move's parcels. */
  private route(groups: readonly number[], value: number): void {
    const { prefs, weight } = this.profile;
    let exhausted = 0;
    for (const g of groups) {
      const w = weight[g] ?? 0;
      const p = this.nextHopeful(g);
      if (p < 0) {
        exhausted += w * value;
        continue;
      }
      const candidate = prefs[p] ?? 0;
      this.position[g] = p;
      const parcel = this.parcelFor(candidate, value);
      parcel.groups.push(g);
      parcel.papers += w;
      this.gain[candidate] = (this.gain[candidate] ?? 0) + w * value;
    }
    this.state.exhausted += BigInt(exhausted);
  }

  /** The parcel candidate is receiving in the current move, created on first use. */
  private parcelFor(candidate: number, value: number): Parcel {
    let parcel = this.incoming[candidate];
    if (parcel === undefined) {
      parcel = { value, groups: [], papers: 0 };
      this.incoming[candidate] = parcel;
    }
    return parcel;
  }

  /** Files the parcels of the current move with their receivers and adds the gains to the totals. */
  private settle(): void {
    const { totals } = this.state;
    this.incoming.forEach((parcel, candidate) => {
      if (parcel === undefined) return;
      this.parcels[candidate]?.push(parcel);
      totals[candidate] = (totals[candidate] ?? 0n) + BigInt(this.gain[candidate] ?? 0);
      this.gain[candidate] = 0;
      this.incoming[candidate] = undefined;
    });
  }
}

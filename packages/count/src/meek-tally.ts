/**
 * Meek's method as the PR Foundation reference rule (after Hill, Wichmann & Woodall, Algorithm
 * 123): every ballot passes through the candidates it ranks, each elected candidate keeping the
 * fraction `keep factor` of the weight reaching it (weight × kf rounded up to 9 decimals), a
 * hopeful candidate keeping all of it and an excluded one none. The quota is recomputed after
 * every distribution as (votes held by candidates) ÷ (seats + 1), truncated, plus 10^-9, and
 * elected candidates' keep factors are updated as kf × quota ÷ vote (each step rounded up)
 * until the total surplus is below omega = 10^-6 or stops falling.
 *
 * Distribution runs over a prefix tree of the grouped ballots: while the statuses stay the
 * same, ballots that agree up to their first hopeful candidate (ignoring excluded ones) behave
 * identically, so each tree node is computed once per iteration. Keep factors are capped at 1.
 */
import type { BallotProfile } from './ballot-profile';
import { divCeil, mulDivCeilExact } from './fixed-point';
import { ELECTED, EXCLUDED, HOPEFUL, type StvState, WITHDRAWN } from './stv-state';

/** How an iteration stage ended: a candidate reached the quota, the surplus fell below omega, or it stopped falling. */
export type IterationOutcome = 'elected' | 'converged' | 'stable';

/** Keep factors, the ballot tree and the iteration of a Meek count. */
export class MeekTally {
  /** Keep factor per candidate, fixed point at the state's decimals. */
  readonly keepFactors: bigint[];
  private readonly omega: bigint;
  private stable = false;
  private builtVersion = -1;
  private nodeCandidate = new Int32Array(0);
  private nodeParent = new Int32Array(0);
  private nodePapers = new Float64Array(0);
  private nodeEnding = new Float64Array(0);
  private remaining = new Float64Array(0);
  private readonly votes: Float64Array;

  constructor(
    private readonly profile: BallotProfile,
    private readonly state: StvState,
    omegaDecimals: number,
  ) {
    this.keepFactors = new Array<bigint>(profile.candidateCount).fill(state.unit);
    this.omega = state.unit / 10n ** BigInt(omegaDecimals);
    this.votes = new Float64Array(profile.candidateCount);
  }

  /** Distributes every ballot with the current keep factors, then updates quota and surplus. */
  distribute(): void {
    const { state } = this;
    if (this.builtVersion !== state.statusVersion) this.buildTree();
    const unit = state.unitNumber;
    const { status } = state;
    const { nodeCandidate, nodeParent, nodePapers, nodeEnding, remaining, votes } = this;
    const keep = this.keepFactors.map(Number);
    votes.fill(0);
    remaining[0] = unit;
    let exhausted = unit * (nodeEnding[0] ?? 0);
    for (let node = 1; node < nodeCandidate.length; node++) {
      const weight = remaining[nodeParent[node] ?? 0] ?? 0;
      if (weight === 0) {
        remaining[node] = 0;
        continue;
      }
      const candidate = nodeCandidate[node] ?? 0;
      const kept =
        status[candidate] === HOPEFUL ? weight : mulDivCeilExact(weight, keep[candidate] ?? 0, unit);
      votes[candidate] = (votes[candidate] ?? 0) + kept * (nodePapers[node] ?? 0);
      const left = weight - kept;
      remaining[node] = left;
      exhausted += left * (nodeEnding[node] ?? 0);
    }
    let held = 0n;
    status.forEach((s, candidate) => {
      const total = s === HOPEFUL || s === ELECTED ? BigInt(votes[candidate] ?? 0) : 0n;
      state.totals[candidate] = total;
      held += total;
    });
    state.exhausted = BigInt(exhausted);
    state.quota = held / BigInt(state.seats + 1) + 1n;
    this.stable = false;
  }

  /** Keep factors as they act now: 1 for hopeful candidates, 0 for excluded and withdrawn ones. */
  effectiveKeepFactors(): bigint[] {
    const { status, unit } = this.state;
    return this.keepFactors.map((kf, candidate) => {
      const s = status[candidate];
      return s === ELECTED ? kf : s === HOPEFUL ? unit : 0n;
    });
  }

  /** Total surplus of the elected candidates over the quota (not below 0). */
  surplus(): bigint {
    const { state } = this;
    let surplus = 0n;
    state.status.forEach((s, candidate) => {
      if (s === ELECTED) surplus += (state.totals[candidate] ?? 0n) - state.quota;
    });
    return surplus > 0n ? surplus : 0n;
  }

  /** True when the surplus is below omega or stopped falling, so a candidate must be excluded. */
  get converged(): boolean {
    return this.stable || this.surplus() < this.omega;
  }

  /**
   * Updates keep factors and redistributes until `elect` elects someone, the surplus falls
   * below omega, or it stops falling. `elect` returns how many candidates it elected.
   */
  iterate(elect: () => number): { iterations: number; outcome: IterationOutcome } {
    let iterations = 0;
    let previous = this.surplus();
    for (;;) {
      this.updateKeepFactors();
      this.distribute();
      iterations++;
      if (elect() > 0) return { iterations, outcome: 'elected' };
      const surplus = this.surplus();
      if (surplus < this.omega) return { iterations, outcome: 'converged' };
      if (surplus >= previous) {
        this.stable = true;
        return { iterations, outcome: 'stable' };
      }
      previous = surplus;
    }
  }

  private updateKeepFactors(): void {
    const { state } = this;
    state.status.forEach((s, candidate) => {
      if (s !== ELECTED) return;
      const kf = this.keepFactors[candidate] ?? 0n;
      const vote = state.totals[candidate] ?? 0n;
      if (vote === 0n) return;
      const next = divCeil(divCeil(kf * state.quota, state.unit) * state.unit, vote);
      // A keep factor above 1 would create votes, so it is capped (bigint has no Math.min).
      if (next > state.unit) this.keepFactors[candidate] = state.unit;
      else this.keepFactors[candidate] = next;
    });
  }

  /** Builds the prefix tree of ballots up to their first hopeful preference, skipping excluded candidates. */
  private buildTree(): void {
    const { prefs, start, weight, groupCount, candidateCount } = this.profile;
    const { status } = this.state;
    const candidateOf: number[] = [-1];
    const parentOf: number[] = [-1];
    const papers: number[] = [0];
    const ending: number[] = [0];
    const children = new Map<number, number>();
    for (let g = 0; g < groupCount; g++) {
      const w = weight[g] ?? 0;
      let node = 0;
      let endsAtHopeful = false;
      const end = start[g + 1] ?? 0;
      for (let p = start[g] ?? 0; p < end; p++) {
        const candidate = prefs[p] ?? 0;
        const s = status[candidate];
        if (s === EXCLUDED || s === WITHDRAWN) continue;
        const key = node * candidateCount + candidate;
        let child = children.get(key);
        if (child === undefined) {
          child = candidateOf.length;
          children.set(key, child);
          candidateOf.push(candidate);
          parentOf.push(node);
          papers.push(0);
          ending.push(0);
        }
        papers[child] = (papers[child] ?? 0) + w;
        node = child;
        if (s === HOPEFUL) {
          endsAtHopeful = true;
          break;
        }
      }
      if (!endsAtHopeful) ending[node] = (ending[node] ?? 0) + w;
    }
    this.nodeCandidate = Int32Array.from(candidateOf);
    this.nodeParent = Int32Array.from(parentOf);
    this.nodePapers = Float64Array.from(papers);
    this.nodeEnding = Float64Array.from(ending);
    this.remaining = new Float64Array(candidateOf.length);
    this.builtVersion = this.state.statusVersion;
  }
}

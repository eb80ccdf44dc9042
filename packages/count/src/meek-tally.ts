/**
 * Meek distribution (PRF B.2.a): every ballot passes through the candidates it ranks with
 * weight w, starting at 1; an elected candidate keeps w × kf (its keep factor), a hopeful one
 * keeps all of w and an excluded one none, until w is used up or the ballot ends. How the kept
 * vote is rounded, and what happens to a rank of equally ranked candidates, is the rule's
 * (meek-rules). Equal ranks are counted as Droop and stv-rs count them: the weight reaching the
 * rank is divided equally (to 9 places, towards zero) among its hopeful and elected members, each
 * share passes through that member's keep factor, and what each member does not keep goes on to
 * the next rank.
 *
 * Ballots without equal ranks are distributed over a prefix tree of the grouped ballots: while
 * the statuses stay the same, ballots that agree up to their first hopeful candidate (ignoring
 * excluded ones) behave identically, so each tree node is computed once per distribution. Ballots
 * with equal ranks are walked one group at a time.
 */
import type { BallotProfile } from './ballot-profile';
import { divCeil, mulDivExact, type Rounding } from './fixed-point';
import type { MeekRule } from './meek-rules';
import { ELECTED, EXCLUDED, HOPEFUL, type StvState, WITHDRAWN } from './stv-state';

/** Keep factors and the ballot tree of a Meek count. */
export class MeekTally {
  /** Keep factor per candidate, fixed point at the state's decimals. */
  readonly keepFactors: bigint[];
  private readonly rounding: Rounding;
  private readonly subtractKept: boolean;
  private readonly stopAtEmptyRank: boolean;
  private builtVersion = -1;
  private nodeCandidate = new Int32Array(0);
  private nodeParent = new Int32Array(0);
  private nodePapers = new Float64Array(0);
  private remaining = new Float64Array(0);
  private readonly tiedGroups: number[] = [];
  private readonly votes: Float64Array;
  private keep: number[] = [];

  constructor(
    private readonly profile: BallotProfile,
    private readonly state: StvState,
    rule: MeekRule,
  ) {
    this.keepFactors = new Array<bigint>(profile.candidateCount).fill(state.unit);
    this.votes = new Float64Array(profile.candidateCount);
    this.rounding = rule.keep === 'up' ? 'ceil' : 'trunc';
    this.subtractKept = rule.keep === 'up';
    this.stopAtEmptyRank = rule.emptyEqualRank === 'stop';
    for (let g = 0; g < profile.groupCount; g++) if (profile.tied[g] === 1) this.tiedGroups.push(g);
  }

  /** Distributes every ballot with the current keep factors into the state's totals and residual. */
  distribute(): void {
    const { state } = this;
    if (this.builtVersion !== state.statusVersion) this.buildTree();
    const unit = state.unitNumber;
    const { status } = state;
    const { nodeCandidate, nodeParent, nodePapers, remaining, votes, rounding, subtractKept } = this;
    this.keep = this.keepFactors.map(Number);
    const keep = this.keep;
    votes.fill(0);
    remaining[0] = unit;
    for (let node = 1; node < nodeCandidate.length; node++) {
      const weight = remaining[nodeParent[node] ?? 0] ?? 0;
      // PRF B.2.a stops a ballot whose weight is used up; the `down` rule stops only at exactly 0.
      if (weight === 0 || (subtractKept && weight < 0)) {
        remaining[node] = 0;
        continue;
      }
      const candidate = nodeCandidate[node] ?? 0;
      if (status[candidate] === HOPEFUL) {
        votes[candidate] = (votes[candidate] ?? 0) + weight * (nodePapers[node] ?? 0);
        remaining[node] = 0;
        continue;
      }
      const kf = keep[candidate] ?? 0;
      const kept = mulDivExact(weight, kf, unit, rounding);
      votes[candidate] = (votes[candidate] ?? 0) + kept * (nodePapers[node] ?? 0);
      remaining[node] = subtractKept ? weight - kept : mulDivExact(weight, unit - kf, unit, rounding);
    }
    for (const g of this.tiedGroups) this.descend(g, this.profile.start[g] ?? 0, unit);
    let held = 0n;
    status.forEach((s, candidate) => {
      const total = s === HOPEFUL || s === ELECTED ? BigInt(votes[candidate] ?? 0) : 0n;
      state.totals[candidate] = total;
      held += total;
    });
    state.exhausted = state.valid - held;
  }

  /**
   * Distributes `weight` of group g from the rank starting at prefs[p]: shared equally among the
   * rank's hopeful and elected members, each passing on what it does not keep (Droop's and
   * stv-rs's recursive descent).
   */
  private descend(g: number, p: number, weight: number): void {
    const { prefs, start, weight: papers } = this.profile;
    const end = start[g + 1] ?? 0;
    if (p >= end || weight === 0 || (this.subtractKept && weight < 0)) return;
    const { status, unitNumber: unit } = this.state;
    let next = p;
    while ((prefs[next] ?? 0) < 0) next++;
    next++;
    let continuing = 0;
    for (let i = p; i < next; i++) {
      const s = status[memberAt(prefs, i)];
      if (s === HOPEFUL || s === ELECTED) continuing++;
    }
    if (continuing === 0) {
      if (!this.stopAtEmptyRank) this.descend(g, next, weight);
      return;
    }
    const share = continuing === 1 ? weight : Math.trunc(weight / continuing);
    const w = papers[g] ?? 0;
    const { votes, keep, rounding } = this;
    for (let i = p; i < next; i++) {
      const candidate = memberAt(prefs, i);
      const s = status[candidate];
      if (s === HOPEFUL) {
        votes[candidate] = (votes[candidate] ?? 0) + share * w;
      } else if (s === ELECTED) {
        const kf = keep[candidate] ?? 0;
        const kept = mulDivExact(share, kf, unit, rounding);
        votes[candidate] = (votes[candidate] ?? 0) + kept * w;
        const left = this.subtractKept ? share - kept : mulDivExact(share, unit - kf, unit, rounding);
        this.descend(g, next, left);
      }
    }
  }

  /** Keep factors as they act now: 1 for hopeful candidates, 0 for excluded and withdrawn ones. */
  effectiveKeepFactors(): bigint[] {
    const { status, unit } = this.state;
    return this.keepFactors.map((kf, candidate) => {
      const s = status[candidate];
      return s === ELECTED ? kf : s === HOPEFUL ? unit : 0n;
    });
  }

  /**
   * PRF B.2.f: each elected candidate's keep factor becomes kf × quota (rounded up) ÷ vote
   * (rounded up). A candidate with no votes keeps its factor (the reference implementations
   * would divide by zero).
   */
  updateKeepFactors(): void {
    const { state } = this;
    state.status.forEach((s, candidate) => {
      if (s !== ELECTED) return;
      const vote = state.totals[candidate] ?? 0n;
      if (vote <= 0n) return;
      const kf = this.keepFactors[candidate] ?? 0n;
      this.keepFactors[candidate] = divCeil(divCeil(kf * state.quota, state.unit) * state.unit, vote);
    });
  }

  /** Sets a defeated candidate's keep factor to 0 (PRF B.3). */
  defeat(candidate: number): void {
    this.keepFactors[candidate] = 0n;
  }

  /** Builds the prefix tree of untied ballots up to their first hopeful preference, skipping excluded candidates. */
  private buildTree(): void {
    const { prefs, start, weight, groupCount, tied } = this.profile;
    const { status } = this.state;
    const children = new ChildTable();
    const candidateOf: number[] = [-1];
    const parentOf: number[] = [-1];
    const papers: number[] = [0];
    for (let g = 0; g < groupCount; g++) {
      if (tied[g] === 1) continue;
      const w = weight[g] ?? 0;
      let node = 0;
      const end = start[g + 1] ?? 0;
      for (let p = start[g] ?? 0; p < end; p++) {
        const candidate = prefs[p] ?? 0;
        const s = status[candidate];
        if (s === EXCLUDED || s === WITHDRAWN) continue;
        let child = children.get(node, candidate);
        if (child < 0) {
          child = candidateOf.length;
          children.set(node, candidate, child);
          candidateOf.push(candidate);
          parentOf.push(node);
          papers.push(0);
        }
        papers[child] = (papers[child] ?? 0) + w;
        node = child;
        if (s === HOPEFUL) break;
      }
    }
    this.nodeCandidate = Int32Array.from(candidateOf);
    this.nodeParent = Int32Array.from(parentOf);
    this.nodePapers = Float64Array.from(papers);
    this.remaining = new Float64Array(candidateOf.length);
    this.builtVersion = this.state.statusVersion;
  }
}

/** The candidate at prefs[i] of an equal rank (members but the last are stored as −(c + 1)). */
function memberAt(prefs: Int32Array, i: number): number {
  const code = prefs[i] ?? 0;
  return code < 0 ? -code - 1 : code;
}

/** Open-addressing hash of (parent node, candidate) → child node, in typed arrays. */
class ChildTable {
  private parents = new Int32Array(1 << 12).fill(-1);
  private candidates = new Int32Array(1 << 12);
  private children = new Int32Array(1 << 12);
  private size = 0;

  get(parent: number, candidate: number): number {
    const mask = this.parents.length - 1;
    for (let slot = hash(parent, candidate) & mask; ; slot = (slot + 1) & mask) {
      const p = this.parents[slot] ?? -1;
      if (p < 0) return -1;
      if (p === parent && this.candidates[slot] === candidate) return this.children[slot] ?? -1;
    }
  }

  set(parent: number, candidate: number, child: number): void {
    if ((this.size + 1) * 2 > this.parents.length) this.grow();
    this.insert(parent, candidate, child);
    this.size++;
  }

  private insert(parent: number, candidate: number, child: number): void {
    const mask = this.parents.length - 1;
    let slot = hash(parent, candidate) & mask;
    while ((this.parents[slot] ?? -1) >= 0) slot = (slot + 1) & mask;
    this.parents[slot] = parent;
    this.candidates[slot] = candidate;
    this.children[slot] = child;
  }

  private grow(): void {
    const { parents, candidates, children } = this;
    this.parents = new Int32Array(parents.length * 2).fill(-1);
    this.candidates = new Int32Array(parents.length * 2);
    this.children = new Int32Array(parents.length * 2);
    for (let slot = 0; slot < parents.length; slot++) {
      const p = parents[slot] ?? -1;
      if (p >= 0) this.insert(p, candidates[slot] ?? 0, children[slot] ?? 0);
    }
  }
}

function hash(parent: number, candidate: number): number {
  return Math.imul(parent, 0x9e3779b1) ^ Math.imul(candidate + 1, 0x85ebca6b);
}

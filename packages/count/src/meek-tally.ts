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
  /** Statuses the tree was last brought up to date with (undefined: never built). */
  private treeStatus: Uint8Array | undefined;
  private nodeCount = 0;
  private nodeCandidate = new Int32Array(0);
  private nodeParent = new Int32Array(0);
  private nodePapers = new Float64Array(0);
  private remaining = new Float64Array(0);
  private children = new ChildTable(0);
  /** Per untied group: the node where it stops now, and the index in prefs after that node's candidate. */
  private readonly groupNode: Int32Array;
  private readonly groupNext: Int32Array;
  /** Per untied group: the hopeful candidate it stops at, or -1 when it runs to its end. */
  private readonly waitsOn: Int32Array;
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
    this.groupNode = new Int32Array(profile.groupCount);
    this.groupNext = new Int32Array(profile.groupCount);
    this.waitsOn = new Int32Array(profile.groupCount).fill(-1);
  }

  /** Distributes every ballot with the current keep factors into the state's totals and residual. */
  distribute(): void {
    const { state } = this;
    this.updateTree();
    const unit = state.unitNumber;
    const { status } = state;
    const { nodeCount, nodeCandidate, nodeParent, nodePapers, remaining, votes, rounding, subtractKept } =
      this;
    this.keep = this.keepFactors.map(Number);
    const keep = this.keep;
    votes.fill(0);
    remaining[0] = unit;
    for (let node = 1; node < nodeCount; node++) {
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

  /**
   * Brings the prefix tree of untied ballots up to date with the statuses. A hopeful candidate
   * who is elected lets the ballots stopping at it go on; one who is defeated sends them from
   * its parent node to their next candidate. Anything else rebuilds the tree.
   */
  private updateTree(): void {
    const { status } = this.state;
    const known = this.treeStatus;
    if (known === undefined) {
      this.buildTree();
      return;
    }
    const changed = new Uint8Array(status.length);
    let any = false;
    for (let c = 0; c < status.length; c++) {
      const now = status[c];
      if (now === known[c]) continue;
      if (known[c] !== HOPEFUL || (now !== ELECTED && now !== EXCLUDED)) {
        this.buildTree();
        return;
      }
      changed[c] = 1;
      known[c] = now ?? HOPEFUL;
      any = true;
    }
    if (!any) return;
    // One pass in group order (memory order) over the groups stopping at a changed candidate.
    const { weight, groupCount, tied } = this.profile;
    const { groupNode, groupNext, waitsOn, nodePapers, nodeParent } = this;
    for (let g = 0; g < groupCount; g++) {
      const c = waitsOn[g] ?? -1;
      if (c < 0 || changed[c] !== 1 || tied[g] === 1) continue;
      const node = groupNode[g] ?? 0;
      if (status[c] === ELECTED) {
        this.extend(g, node, groupNext[g] ?? 0);
      } else {
        nodePapers[node] = (nodePapers[node] ?? 0) - (weight[g] ?? 0);
        this.extend(g, nodeParent[node] ?? 0, groupNext[g] ?? 0);
      }
    }
  }

  /** Builds the prefix tree of untied ballots up to their first hopeful preference, skipping excluded candidates. */
  private buildTree(): void {
    const { groupCount, tied, start } = this.profile;
    this.nodeCount = 1;
    this.ensureNodes(1024);
    this.nodeCandidate[0] = -1;
    this.nodeParent[0] = -1;
    this.nodePapers.fill(0);
    this.children = new ChildTable(this.profile.candidateCount);
    this.waitsOn.fill(-1);
    for (let g = 0; g < groupCount; g++) if (tied[g] !== 1) this.extend(g, 0, start[g] ?? 0);
    this.treeStatus = this.state.status.slice();
  }

  /** Walks group g on from `node`, reading prefs from `from`, until its first hopeful candidate or its end. */
  private extend(g: number, node: number, from: number): void {
    const { prefs, start, weight } = this.profile;
    const { status } = this.state;
    const { children } = this;
    const w = weight[g] ?? 0;
    const end = start[g + 1] ?? 0;
    let at = node;
    for (let p = from; p < end; p++) {
      const candidate = prefs[p] ?? 0;
      const s = status[candidate];
      if (s === EXCLUDED || s === WITHDRAWN) continue;
      let child = children.get(at, candidate);
      if (child < 0) {
        child = this.addNode(at, candidate);
        children.set(at, candidate, child);
      }
      this.nodePapers[child] = (this.nodePapers[child] ?? 0) + w;
      at = child;
      if (s === HOPEFUL) {
        this.groupNode[g] = at;
        this.groupNext[g] = p + 1;
        this.waitsOn[g] = candidate;
        return;
      }
    }
    this.groupNode[g] = at;
    this.groupNext[g] = end;
    this.waitsOn[g] = -1;
  }

  private addNode(parent: number, candidate: number): number {
    const node = this.nodeCount++;
    if (node >= this.nodeCandidate.length) this.ensureNodes(node * 2);
    this.nodeCandidate[node] = candidate;
    this.nodeParent[node] = parent;
    this.nodePapers[node] = 0;
    return node;
  }

  private ensureNodes(capacity: number): void {
    if (capacity <= this.nodeCandidate.length) return;
    const grow = <T extends Int32Array | Float64Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old.subarray(0, this.nodeCount) as never);
      return next;
    };
    this.nodeCandidate = grow(this.nodeCandidate, (n) => new Int32Array(n));
    this.nodeParent = grow(this.nodeParent, (n) => new Int32Array(n));
    this.nodePapers = grow(this.nodePapers, (n) => new Float64Array(n));
    this.remaining = new Float64Array(capacity);
  }
}

/** The candidate at prefs[i] of an equal rank (members but the last are stored as −(c + 1)). */
function memberAt(prefs: Int32Array, i: number): number {
  const code = prefs[i] ?? 0;
  return code < 0 ? -code - 1 : code;
}

/** Most entries in a dense child table (nodes × candidates) before it turns into a hash table. */
const DENSE_LIMIT = 1 << 24;

/**
 * (parent node, candidate) → child node. The tree has few nodes (paths run through elected
 * candidates only), so a dense table indexed by node × candidate serves; it turns into an
 * open-addressing hash in typed arrays if it would grow past DENSE_LIMIT entries.
 */
class ChildTable {
  private dense: Int32Array | undefined;
  private parents = new Int32Array(1 << 12).fill(-1);
  private candidates = new Int32Array(1 << 12);
  private children = new Int32Array(1 << 12);
  private size = 0;

  constructor(private readonly candidateCount: number) {
    if (candidateCount > 0 && candidateCount * 1024 <= DENSE_LIMIT) {
      this.dense = new Int32Array(candidateCount * 1024).fill(-1);
    }
  }

  get(parent: number, candidate: number): number {
    const { dense } = this;
    if (dense !== undefined) {
      const index = parent * this.candidateCount + candidate;
      return index < dense.length ? (dense[index] ?? -1) : -1;
    }
    const mask = this.parents.length - 1;
    for (let slot = hash(parent, candidate) & mask; ; slot = (slot + 1) & mask) {
      const p = this.parents[slot] ?? -1;
      if (p < 0) return -1;
      if (p === parent && this.candidates[slot] === candidate) return this.children[slot] ?? -1;
    }
  }

  set(parent: number, candidate: number, child: number): void {
    const { dense } = this;
    if (dense !== undefined) {
      const index = parent * this.candidateCount + candidate;
      if (index < dense.length) {
        dense[index] = child;
        return;
      }
      const needed = Math.max(dense.length * 2, (parent + 1) * this.candidateCount);
      if (needed <= DENSE_LIMIT) {
        const larger = new Int32Array(needed).fill(-1);
        larger.set(dense);
        larger[index] = child;
        this.dense = larger;
        return;
      }
      this.dense = undefined;
      dense.forEach((value, i) => {
        if (value >= 0) this.set(Math.floor(i / this.candidateCount), i % this.candidateCount, value);
      });
    }
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

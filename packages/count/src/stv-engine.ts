/**
 * The one engine behind the stage-by-stage STV rules (Scottish STV, ERS97) and AV. It runs the
 * stage loop common to all of them and asks the preset for every choice where the rules differ:
 *
 *   first stage → elect candidates who qualify → until every seat is filled or as many
 *   hopefuls remain as vacancies (who are then elected):
 *     1. exclude doomed candidates (constrained counts only);
 *     2. transfer the largest pending surplus unless deferred (ERS97);
 *     3. otherwise exclude the lowest candidate (or a bulk of sure losers);
 *     each stage ends by electing whoever qualifies, and is recorded with its totals.
 *
 * Paper movements are done by PaperTally. Meek's method has its own loop (meek-count).
 */
import type { BallotProfile } from './ballot-profile';
import type { ConstraintSet } from './constraints';
import { divCeil } from './fixed-point';
import { PaperTally } from './paper-tally';
import type { ExclusionReason, Stage, StageAction, TieKind, TieRecord } from './result';
import type { StvPreset } from './stv-presets';
import { ELECTED, EXCLUDED, HOPEFUL, StvState } from './stv-state';
import { breakTie, narrowByHistory, orderTied, type TieFinal, type TieMethod } from './tie-break';

/** What an STV count needs besides the ballots. */
export interface StvCountInput {
  /** Grouped valid ballots. */
  readonly profile: BallotProfile;
  /** Withdrawn candidates. */
  readonly withdrawn: readonly number[];
  /** Seats to fill. */
  readonly seats: number;
  /** The rule book. */
  readonly preset: StvPreset;
  /** The last step of the tie procedure: lot, or a tie order fixed before the count. */
  readonly tieFinal: TieFinal;
  /** Category constraints, if any. */
  readonly constraints?: ConstraintSet;
}

/** What an STV count produced. */
export interface StvOutcome {
  /** Winners in order of election. */
  readonly elected: number[];
  /** The stages. */
  readonly stages: Stage[];
  /** Every tie and how it was broken. */
  readonly ties: TieRecord[];
  /** Final quota. */
  readonly quota: bigint;
}

/** Counts an election by stage-by-stage STV (or AV) under the given preset. */
export function countStv(input: StvCountInput): StvOutcome {
  return new StvEngine(input).run();
}

interface StageInProgress extends Stage {
  readonly elected: number[];
  readonly excluded: number[];
}

class StvEngine {
  private readonly state: StvState;
  private readonly preset: StvPreset;
  private readonly papers: PaperTally;
  private readonly stages: StageInProgress[] = [];
  private readonly ties: TieRecord[] = [];
  private readonly surplusDone = new Set<number>();
  private electedNow: number[] = [];
  private excludedNow: number[] = [];

  constructor(private readonly input: StvCountInput) {
    const { profile, withdrawn, seats, preset } = input;
    this.preset = preset;
    this.state = new StvState(profile.candidateCount, withdrawn, seats, preset.decimals, profile.papers);
    this.papers = new PaperTally(profile, this.state);
    if (preset.quota === 'droop-whole') {
      this.state.quota = (BigInt(profile.papers) / BigInt(seats + 1) + 1n) * this.state.unit;
    }
  }

  run(): StvOutcome {
    this.papers.distributeFirst();
    this.electQualified();
    this.record({ type: 'first' });
    while (!this.finished()) {
      const doomed = this.doomed();
      if (doomed.length > 0) {
        if (this.exclude(doomed, 'doomed')) break;
        continue;
      }
      const surplus = this.chooseSurplus();
      if (typeof surplus === 'number') {
        this.transferSurplus(surplus);
        continue;
      }
      const group = surplus ?? this.chooseExclusion();
      if (this.exclude(group, group.length > 1 ? 'bulk' : 'lowest')) break;
    }
    const elected = this.orderElected();
    this.ties.sort((a, b) => a.stage - b.stage);
    return { elected, stages: this.stages, ties: this.ties, quota: this.state.quota };
  }

  /** True when the count is over, electing the remaining hopefuls if they just fill the seats. */
  private finished(): boolean {
    if (this.state.vacancies === 0) return true;
    const hopeful = this.state.hopeful();
    if (hopeful.length > this.state.vacancies) return false;
    this.electRemaining(hopeful);
    return true;
  }

  private electRemaining(hopeful: readonly number[]): void {
    const last = this.stages[this.stages.length - 1];
    for (const candidate of hopeful) {
      this.state.setStatus(candidate, ELECTED);
      last?.elected.push(candidate);
    }
  }

  /** Hopeful candidates the constraints doom. */
  private doomed(): number[] {
    const { constraints } = this.input;
    if (!constraints) return [];
    const { doomed } = constraints.mark(this.state.status, this.state.vacancies);
    return this.state.hopeful().filter((candidate) => doomed[candidate] === 1);
  }

  /** The candidate whose surplus is transferred next, a group of sure losers to exclude first (ERS97 deferral), or undefined. */
  private chooseSurplus(): number | number[] | undefined {
    if (this.preset.transfer === 'none') return undefined;
    const { totals, quota, status } = this.state;
    const pending: number[] = [];
    let totalSurplus = 0n;
    status.forEach((s, candidate) => {
      const total = totals[candidate] ?? 0n;
      if (s === ELECTED && !this.surplusDone.has(candidate) && total > quota) {
        pending.push(candidate);
        totalSurplus += total - quota;
      }
    });
    if (pending.length === 0) return undefined;
    if (this.preset.deferSurpluses) {
      const losers = this.sureLosers(totalSurplus);
      if (losers.length > 0) return losers;
    }
    const largest = pending.reduce((best, c) => ((totals[c] ?? 0n) > best ? (totals[c] ?? 0n) : best), 0n);
    const tied = pending.filter((candidate) => totals[candidate] === largest);
    return this.pick(tied, 'highest', 'surplus-order', this.stages.length);
  }

  private transferSurplus(candidate: number): void {
    this.surplusDone.add(candidate);
    if (this.preset.transfer === 'last-parcel') this.papers.transferLastParcelSurplus(candidate);
    else this.papers.transferWholeSurplus(candidate);
    this.electQualified();
    this.record({ type: 'surplus', candidate });
  }

  /** Hopeful candidates that may be excluded, lowest total first. */
  private excludable(): number[] {
    const { constraints } = this.input;
    const guarded = constraints?.mark(this.state.status, this.state.vacancies).guarded;
    const { totals } = this.state;
    return this.state
      .hopeful()
      .filter((candidate) => guarded?.[candidate] !== 1)
      .sort((a, b) => {
        const difference = (totals[a] ?? 0n) - (totals[b] ?? 0n);
        return difference < 0n ? -1 : difference > 0n ? 1 : a - b;
      });
  }

  /** The candidate(s) to exclude when no surplus is transferred. */
  private chooseExclusion(): number[] {
    if (this.preset.exclusion !== 'single') {
      const losers = this.sureLosers(0n);
      if (losers.length > 0) return losers;
    }
    const candidates = this.excludable();
    const { totals } = this.state;
    const lowest = totals[candidates[0] ?? 0] ?? 0n;
    const tied = candidates.filter((candidate) => totals[candidate] === lowest);
    return [this.pick(tied, 'lowest', 'exclusion', this.stages.length)];
  }

  /**
   * The largest group of lowest candidates whose total plus `deferred` does not exceed (or, for
   * batch elimination, is below) the next candidate up, leaving enough hopefuls for the seats.
   */
  private sureLosers(deferred: bigint): number[] {
    const candidates = this.excludable();
    const { totals } = this.state;
    const most = Math.min(candidates.length - 1, this.state.hopeful().length - this.state.vacancies);
    const strict = this.preset.exclusion === 'bulk-below';
    let sum = deferred;
    let size = 0;
    for (let k = 1; k <= most; k++) {
      sum += totals[candidates[k - 1] ?? 0] ?? 0n;
      const next = totals[candidates[k] ?? 0] ?? 0n;
      if (strict ? sum < next : sum <= next) size = k;
    }
    if (size === 0) return [];
    const edge = totals[candidates[size - 1] ?? 0] ?? 0n;
    const certain = candidates.slice(0, size).filter((candidate) => (totals[candidate] ?? 0n) < edge);
    const tied = candidates.filter((candidate) => totals[candidate] === edge);
    const needed = size - certain.length;
    if (needed === tied.length) {
      const group = candidates.slice(0, size);
      return this.canExcludeAll(group) ? group : [];
    }
    // Under constraints a tie inside a bulk exclusion is left to single exclusions, which never
    // remove a guarded candidate.
    if (this.input.constraints) return [];
    const { ordered, by } = orderTied(
      tied,
      'lowest',
      this.state.history,
      this.preset.tieOrder,
      this.input.tieFinal,
    );
    const chosen = ordered.slice(0, needed);
    this.recordTie(this.stages.length, 'exclusion', by, tied, chosen);
    return [...certain, ...chosen];
  }

  /**
   * True when excluding the group together leaves the constraints satisfiable. Any one
   * unguarded candidate can go, but two may be the last of a category between them; a group
   * that cannot go together is not treated as sure losers.
   */
  private canExcludeAll(group: readonly number[]): boolean {
    const { constraints } = this.input;
    if (!constraints || group.length === 1) return true;
    const status = this.state.status.slice();
    for (const candidate of group) status[candidate] = EXCLUDED;
    return constraints.feasible(status, this.state.vacancies);
  }

  /**
   * Excludes a group and transfers its papers (one stage); or, if the rules say the exclusion
   * that leaves as many hopefuls as vacancies makes no transfer, excludes it formally and
   * elects the rest. Returns true when the count is over.
   */
  private exclude(group: readonly number[], reason: ExclusionReason): boolean {
    const { state } = this;
    if (!this.preset.transferFinalExclusion && state.hopeful().length - group.length <= state.vacancies) {
      const last = this.stages[this.stages.length - 1];
      for (const candidate of group) {
        state.setStatus(candidate, EXCLUDED);
        last?.excluded.push(candidate);
      }
      this.electRemaining(state.hopeful());
      return true;
    }
    for (const candidate of group) {
      state.setStatus(candidate, EXCLUDED);
      this.excludedNow.push(candidate);
    }
    if (this.preset.transfer === 'last-parcel') {
      this.papers.exclude(group, () => {
        state.checkpoint();
        this.electQualified();
        return state.vacancies === 0;
      });
    } else {
      this.papers.exclude(group);
    }
    this.electQualified();
    this.record({ type: 'exclusion', candidates: [...group], reason });
    return false;
  }

  /** Recomputes a quota that changes during the count (ERS97 before the first election, AV majority). */
  private refreshQuota(): void {
    const { state } = this;
    const divisor = BigInt(state.seats + 1);
    if (this.preset.quota === 'ers97' && state.elected === 0) {
      state.quota = divCeil(state.valid - state.exhausted - state.truncationLoss, divisor);
    } else if (this.preset.quota === 'majority') {
      let active = 0n;
      for (const candidate of state.hopeful()) active += state.totals[candidate] ?? 0n;
      state.quota = (active / (2n * state.unit) + 1n) * state.unit;
    }
  }

  /** ERS97 6.20: votes of hopeful candidates plus votes awaiting transfer. */
  private activeVote(): bigint {
    const { status, totals, quota } = this.state;
    let active = 0n;
    status.forEach((s, candidate) => {
      const total = totals[candidate] ?? 0n;
      if (s === HOPEFUL || s === EXCLUDED) active += total;
      else if (s === ELECTED && total > quota) active += total - quota;
    });
    return active;
  }

  private qualifies(candidate: number): boolean {
    const { state } = this;
    const total = state.totals[candidate] ?? 0n;
    if (total >= state.quota) return true;
    return (
      this.preset.activeVoteThreshold &&
      total > 0n &&
      total * BigInt(state.vacancies + 1) >= this.activeVote()
    );
  }

  /** Deems elected, highest first, every hopeful candidate who qualifies; returns how many. */
  private electQualified(): number {
    this.refreshQuota();
    const { state } = this;
    const { totals } = state;
    const passedOver = new Set<number>();
    let count = 0;
    while (state.vacancies > 0) {
      const qualified = state.hopeful().filter((c) => !passedOver.has(c) && this.qualifies(c));
      if (qualified.length === 0) break;
      const top = qualified.reduce((best, c) => ((totals[c] ?? 0n) > best ? (totals[c] ?? 0n) : best), 0n);
      const tied = qualified.filter((candidate) => totals[candidate] === top);
      let candidate = tied[0] ?? 0;
      if (tied.length > 1 && !this.canElectAll(tied)) {
        const chosen = this.chooseWinner(tied);
        if (chosen === undefined) break;
        candidate = chosen;
      }
      if (this.input.constraints?.mark(state.status, state.vacancies).doomed[candidate] === 1) {
        passedOver.add(candidate);
        continue;
      }
      state.setStatus(candidate, ELECTED);
      this.electedNow.push(candidate);
      count++;
    }
    return count;
  }

  /** True when all the tied candidates can be elected together (seats and constraints allowing). */
  private canElectAll(tied: readonly number[]): boolean {
    const { state } = this;
    if (tied.length > state.vacancies) return false;
    const { constraints } = this.input;
    if (!constraints) return true;
    const status = state.status.slice();
    for (const candidate of tied) status[candidate] = ELECTED;
    return constraints.feasible(status, state.vacancies - tied.length);
  }

  /** Breaks a tie for election; undefined when ERS97 5.6.2 elects none of them at this stage. */
  private chooseWinner(tied: readonly number[]): number | undefined {
    const stage = this.stages.length + 1;
    const { history } = this.state;
    if (
      this.preset.unresolvedElectionTie === 'defer' &&
      narrowByHistory(tied, 'highest', history, this.preset.tieOrder).length > 1
    ) {
      this.recordTie(stage, 'election', 'unresolved', tied, []);
      return undefined;
    }
    const { chosen, by } = breakTie(tied, 'highest', history, this.preset.tieOrder, this.input.tieFinal);
    this.recordTie(stage, 'election', by, tied, [chosen]);
    return chosen;
  }

  /** Picks among tied candidates (recording the tie) or returns the only one. */
  private pick(tied: readonly number[], prefer: 'highest' | 'lowest', what: TieKind, stage: number): number {
    const [only] = tied;
    if (tied.length === 1 && only !== undefined) return only;
    const { chosen, by } = breakTie(
      tied,
      prefer,
      this.state.history,
      this.preset.tieOrder,
      this.input.tieFinal,
    );
    this.recordTie(stage, what, by, tied, [chosen]);
    return chosen;
  }

  private recordTie(
    stage: number,
    what: TieKind,
    by: TieMethod | 'unresolved',
    tied: readonly number[],
    chosen: readonly number[],
  ): void {
    this.ties.push({ stage, what, by, candidates: [...tied].sort((a, b) => a - b), chosen: [...chosen] });
  }

  private record(action: StageAction): void {
    const { state } = this;
    const stage: StageInProgress = {
      stage: this.stages.length + 1,
      action,
      totals: [...state.totals],
      exhausted: state.exhausted,
      truncationLoss: state.truncationLoss,
      quota: state.quota,
      elected: this.electedNow,
      excluded: this.excludedNow,
    };
    this.stages.push(stage);
    this.electedNow = [];
    this.excludedNow = [];
    state.checkpoint();
  }

  /**
   * Orders each stage's winners by their total at that stage, then by the most recent earlier
   * stage where they differed, then by lot; returns all winners in order of election.
   */
  private orderElected(): number[] {
    const elected: number[] = [];
    this.stages.forEach((stage, index) => {
      const { totals } = stage;
      const history = this.stages.slice(0, index + 1).map((s) => s.totals);
      const byTotal = [...stage.elected].sort((a, b) => {
        const difference = (totals[b] ?? 0n) - (totals[a] ?? 0n);
        return difference < 0n ? -1 : difference > 0n ? 1 : a - b;
      });
      const ordered: number[] = [];
      for (let i = 0; i < byTotal.length; ) {
        const value = totals[byTotal[i] ?? 0];
        let j = i;
        while (j < byTotal.length && totals[byTotal[j] ?? 0] === value) j++;
        const tied = byTotal.slice(i, j);
        if (tied.length > 1) {
          const { ordered: resolved, by } = orderTied(
            tied,
            'highest',
            history,
            'backward',
            this.input.tieFinal,
          );
          this.recordTie(stage.stage, 'order-elected', by, tied, resolved);
          ordered.push(...resolved);
        } else {
          ordered.push(...tied);
        }
        i = j;
      }
      stage.elected.splice(0, stage.elected.length, ...ordered);
      elected.push(...ordered);
    });
    return elected;
  }
}

/**
 * A Meek count, step for step as the PR Foundation Reference Meek Rule (steps A–C) and the two
 * reference implementations run it (meek-rules says where they differ):
 *
 *   A.   every keep factor 1; quota = valid ÷ (seats + 1) truncated + 10^-9.
 *   B.1  while more hopefuls than vacancies and a vacancy is left, run a round:
 *   B.2  iterate: distribute (B.2.a), quota = votes ÷ (seats + 1) truncated + 10^-9 (B.2.b),
 *        elect every hopeful with v ≥ q (B.2.c), total surplus (B.2.d); stop on an election,
 *        on surplus below omega, or when the surplus stopped falling (B.2.e); otherwise
 *        kf := ⌈⌈kf × q⌉ ÷ v⌉ for each elected candidate (B.2.f) and distribute again;
 *   B.3  unless the round elected someone, defeat the lowest hopeful; every hopeful within the
 *        total surplus of the lowest is tied, and the tie goes to the first of them in the tie
 *        order fixed before the count (procedure T); its keep factor becomes 0.
 *   C.   elect the remaining hopefuls if seats are left, otherwise defeat them.
 *
 * Category constraints add two steps (see constraints): doomed hopefuls are defeated together at
 * the start of a round and are never elected, and guarded ones are never defeated.
 *
 * The count yields stages in Caucus's form — first preferences, each run of iterations, each
 * defeat with the redistribution that follows it — and the events the reference reports print
 * (meek-transcript renders them).
 */
import type { BallotProfile } from './ballot-profile';
import type { ConstraintSet } from './constraints';
import { NegativeSurplusError } from './errors';
import { formatFixed } from './fixed-point';
import type { MeekRule } from './meek-rules';
import { MeekTally } from './meek-tally';
import type { ExclusionReason, IterationOutcome, Stage, StageAction, TieRecord } from './result';
import { ELECTED, EXCLUDED, StvState } from './stv-state';

/** What a Meek count needs besides the ballots. */
export interface MeekCountInput {
  /** Grouped valid ballots (equal ranks kept when they are shared). */
  readonly profile: BallotProfile;
  /** Withdrawn candidates. */
  readonly withdrawn: readonly number[];
  /** Seats to fill. */
  readonly seats: number;
  /** The rule book. */
  readonly rule: MeekRule;
  /** Every candidate index once: ties go to the earliest in this order. */
  readonly tieOrder: readonly number[];
  /** Category constraints, if any. */
  readonly constraints?: ConstraintSet;
}

/** The figures a reference report prints after an action. */
export interface MeekView {
  /** Each candidate's vote as the report shows it. */
  readonly votes: readonly bigint[];
  /** Each candidate's status after the action. */
  readonly status: Uint8Array;
  /** Quota. */
  readonly quota: bigint;
  /** "Votes": the sum of the candidates' votes. */
  readonly total: bigint;
  /** "Residual": value no candidate holds. */
  readonly residual: bigint;
  /** "Surplus": the total surplus last computed. */
  readonly surplus: bigint;
}

/** Why a candidate was defeated, as the reports say it. */
export type MeekDefeatReason = 'omega' | 'stable' | 'remaining' | 'doomed';

/** One action of a Meek count, as the reference reports print it. */
export type MeekEvent =
  | { readonly kind: 'begin'; readonly view: MeekView }
  | { readonly kind: 'round'; readonly round: number }
  | {
      readonly kind: 'elect';
      readonly candidate: number;
      readonly remaining: boolean;
      readonly view: MeekView;
    }
  | { readonly kind: 'stable'; readonly surplus: bigint }
  | { readonly kind: 'iterate'; readonly outcome: 'elected' | 'omega' | 'stable'; readonly view: MeekView }
  | {
      readonly kind: 'tie';
      readonly candidates: readonly number[];
      readonly chosen: number;
      readonly view: MeekView;
    }
  | {
      readonly kind: 'defeat';
      readonly candidate: number;
      readonly reason: MeekDefeatReason;
      readonly view: MeekView;
    }
  | { readonly kind: 'complete'; readonly view: MeekView };

/** What a Meek count produced. */
export interface MeekOutcome {
  /** Winners in order of election. */
  readonly elected: number[];
  /** The stages. */
  readonly stages: Stage[];
  /** Every tie and how it was broken. */
  readonly ties: TieRecord[];
  /** Final quota. */
  readonly quota: bigint;
  /** Quota before the first distribution (the reports' header). */
  readonly initialQuota: bigint;
  /** The actions for a reference-style report. */
  readonly events: MeekEvent[];
}

/** Counts an election by Meek's method under the given rule. */
export function countMeek(input: MeekCountInput): MeekOutcome {
  return new MeekCounter(input).run();
}

type RoundOutcome = 'elected' | 'omega' | 'stable';

interface OpenStage {
  readonly action: 'first' | 'iteration' | 'exclusion';
  readonly excluded: number[];
  readonly elected: number[];
  readonly reason?: ExclusionReason;
  iterations: number;
}

class MeekCounter {
  private readonly state: StvState;
  private readonly tally: MeekTally;
  private readonly rule: MeekRule;
  private readonly prf: boolean;
  private readonly omega: bigint;
  /** Position of each candidate in the tie order. */
  private readonly tieRank: Int32Array;
  private readonly events: MeekEvent[] = [];
  private readonly stages: Stage[] = [];
  private readonly ties: TieRecord[] = [];
  private readonly elected: number[] = [];
  private open: OpenStage | undefined;
  private surplus = 0n;
  /** PRF's E.votes: the sum of hopeful and elected candidates' votes at the last distribution. */
  private votesHeld = 0n;

  constructor(private readonly input: MeekCountInput) {
    const { profile, withdrawn, seats, rule } = input;
    this.rule = rule;
    this.prf = rule.transcript === 'prf';
    this.state = new StvState(profile.candidateCount, withdrawn, seats, rule.decimals, profile.papers);
    this.tally = new MeekTally(profile, this.state, rule);
    this.omega = this.state.unit / 10n ** BigInt(rule.omegaDecimals);
    this.tieRank = new Int32Array(profile.candidateCount);
    input.tieOrder.forEach((candidate, position) => {
      this.tieRank[candidate] = position;
    });
  }

  run(): MeekOutcome {
    const { state } = this;
    // A. Keep factors 1; the first distribution is the first-preference count.
    const initialQuota = this.quotaOf(state.valid);
    this.distribute();
    state.quota = initialQuota;
    this.events.push({
      kind: 'begin',
      view: this.view({ total: this.prf ? state.valid : this.sumOfVotes(), residual: 0n }),
    });
    this.open = { action: 'first', excluded: [], elected: [], iterations: 0 };
    let round = 0;
    for (;;) {
      const hopeful = state.hopeful().length;
      if (state.vacancies <= 0 || hopeful <= state.vacancies) break;
      const doomed = this.doomed();
      if (doomed.length > 0) {
        this.defeatDoomed(doomed);
        continue;
      }
      round++;
      this.events.push({ kind: 'round', round });
      const outcome = this.iterate();
      if (!this.prf) this.events.push({ kind: 'iterate', outcome, view: this.view() });
      this.closeStage(outcome);
      if (outcome !== 'elected') this.defeatLowest(outcome);
    }
    this.finish();
    return {
      elected: this.elected,
      stages: this.stages,
      ties: this.ties,
      quota: state.quota,
      initialQuota,
      events: this.events,
    };
  }

  /** B.2: iterates until an election, omega, or a surplus that stopped falling. */
  private iterate(): RoundOutcome {
    const { state } = this;
    let lastSurplus = state.valid;
    for (let step = 0; ; step++) {
      if (step > 0 && this.open === undefined) {
        this.open = { action: 'iteration', excluded: [], elected: [], iterations: 0 };
      }
      if (this.open?.action === 'iteration') this.open.iterations++;
      this.distribute();
      state.quota = this.quotaOf(this.prf ? this.votesHeld : state.valid - state.exhausted);
      const elected = this.electQualified();
      this.surplus = this.totalSurplus();
      if (this.open?.action !== 'iteration' && step === 0) this.closeStage('elected');
      if (elected) return 'elected';
      const belowOmega =
        this.rule.omegaTest === 'below' ? this.surplus < this.omega : this.surplus <= this.omega;
      if (belowOmega) return 'omega';
      if (this.surplus >= lastSurplus) {
        this.events.push({ kind: 'stable', surplus: this.surplus });
        return 'stable';
      }
      lastSurplus = this.surplus;
      this.tally.updateKeepFactors();
    }
  }

  private distribute(): void {
    this.tally.distribute();
    this.votesHeld = this.state.valid - this.state.exhausted;
  }

  /** Quota from the votes held: truncated to the scale by the division, plus one unit of the last place. */
  private quotaOf(held: bigint): bigint {
    return held / BigInt(this.state.seats + 1) + 1n;
  }

  /** PRF B.2.d: the sum of the elected candidates' surpluses, floored as the rule says. */
  private totalSurplus(): bigint {
    const { state } = this;
    const eachFloor = this.rule.surplus === 'each-floor';
    let surplus = 0n;
    state.status.forEach((s, candidate) => {
      if (s !== ELECTED) return;
      const own = (state.totals[candidate] ?? 0n) - state.quota;
      surplus += eachFloor && own < 0n ? 0n : own;
    });
    return this.rule.surplus === 'total-floor' && surplus < 0n ? 0n : surplus;
  }

  /** B.2.c: elects every hopeful at or above the quota (most votes first, seats and constraints allowing). */
  private electQualified(): boolean {
    const { state } = this;
    const { totals } = state;
    const qualified = state
      .hopeful()
      .filter((candidate) => (totals[candidate] ?? 0n) >= state.quota)
      .sort((a, b) => this.byVotesThenTieOrder(a, b));
    const chosen: number[] = [];
    const status = state.status.slice();
    for (const candidate of qualified) {
      if (chosen.length === state.vacancies) break;
      if (this.input.constraints?.mark(status, state.vacancies - chosen.length).doomed[candidate] === 1)
        continue;
      status[candidate] = ELECTED;
      chosen.push(candidate);
    }
    if (chosen.length === 0) return false;
    this.recordOrderTies(chosen);
    // The reports list the elections of one iteration in ballot-paper order.
    for (const candidate of [...chosen].sort((a, b) => a - b)) {
      state.setStatus(candidate, ELECTED);
      this.events.push({ kind: 'elect', candidate, remaining: false, view: this.view() });
    }
    this.open?.elected.push(...chosen);
    this.elected.push(...chosen);
    return true;
  }

  private byVotesThenTieOrder(a: number, b: number): number {
    const { totals } = this.state;
    const difference = (totals[b] ?? 0n) - (totals[a] ?? 0n);
    if (difference !== 0n) return difference > 0n ? 1 : -1;
    return (this.tieRank[a] ?? 0) - (this.tieRank[b] ?? 0);
  }

  /** Records candidates elected together on equal votes, ordered by the tie order. */
  private recordOrderTies(chosen: readonly number[]): void {
    const { totals } = this.state;
    for (let i = 0; i < chosen.length; ) {
      let j = i;
      while (j < chosen.length && totals[chosen[j] ?? 0] === totals[chosen[i] ?? 0]) j++;
      if (j - i > 1) {
        const tied = chosen.slice(i, j);
        this.recordTie('order-elected', tied, tied);
      }
      i = j;
    }
  }

  /** B.3: defeats the lowest hopeful (ties within the total surplus go by the tie order). */
  private defeatLowest(outcome: 'omega' | 'stable'): void {
    const { state } = this;
    const { totals } = state;
    const guarded = this.input.constraints?.mark(state.status, state.vacancies).guarded;
    const unguarded = state.hopeful().filter((candidate) => guarded?.[candidate] !== 1);
    const candidates = unguarded.length > 0 ? unguarded : state.hopeful();
    let low = totals[candidates[0] ?? 0] ?? 0n;
    for (const candidate of candidates) if ((totals[candidate] ?? 0n) < low) low = totals[candidate] ?? 0n;
    const tied = candidates.filter((candidate) => (totals[candidate] ?? 0n) <= low + this.surplus);
    // Droop's rule with a negative surplus leaves nobody within it of the lowest (Droop stops here).
    if (tied.length === 0) throw new NegativeSurplusError(formatFixed(this.surplus, this.state.decimals));
    const chosen = tied.reduce((best, c) => ((this.tieRank[c] ?? 0) < (this.tieRank[best] ?? 0) ? c : best));
    if (tied.length > 1) {
      this.events.push({ kind: 'tie', candidates: tied, chosen, view: this.view() });
      this.recordTie('exclusion', tied, [chosen]);
    }
    this.defeat([chosen], outcome, 'lowest');
  }

  /** Hopeful candidates the constraints doom. */
  private doomed(): number[] {
    const { constraints } = this.input;
    if (!constraints) return [];
    const { doomed } = constraints.mark(this.state.status, this.state.vacancies);
    return this.state.hopeful().filter((candidate) => doomed[candidate] === 1);
  }

  private defeatDoomed(doomed: readonly number[]): void {
    if (this.open) this.closeStage('omega');
    this.defeat(doomed, 'doomed', 'doomed');
  }

  /** Defeats candidates (keep factor 0) and opens the stage that redistributes their votes. */
  private defeat(candidates: readonly number[], reason: MeekDefeatReason, why: ExclusionReason): void {
    const { state } = this;
    this.open = { action: 'exclusion', excluded: [...candidates], elected: [], reason: why, iterations: 0 };
    for (const candidate of candidates) {
      state.setStatus(candidate, EXCLUDED);
      this.events.push({ kind: 'defeat', candidate, reason, view: this.view() });
      this.tally.defeat(candidate);
      state.totals[candidate] = 0n;
    }
    // Droop's `meek` (and stv-rs) recount at once; the PRF rule distributes at the next round.
    if (!this.prf) this.distribute();
  }

  /** Records the open stage, if any, with the current totals. */
  private closeStage(outcome: RoundOutcome): void {
    const open = this.open;
    if (open === undefined) return;
    const { state } = this;
    let action: StageAction;
    if (open.action === 'first') action = { type: 'first' };
    else if (open.action === 'iteration') {
      const ended: IterationOutcome = outcome === 'omega' ? 'converged' : outcome;
      action = { type: 'iteration', iterations: open.iterations, outcome: ended };
    } else action = { type: 'exclusion', candidates: open.excluded, reason: open.reason ?? 'lowest' };
    this.stages.push({
      stage: this.stages.length + 1,
      action,
      totals: [...state.totals],
      exhausted: state.exhausted,
      truncationLoss: 0n,
      quota: state.quota,
      elected: open.elected,
      excluded: open.excluded,
      keepFactors: this.tally.effectiveKeepFactors(),
    });
    this.open = undefined;
  }

  /** C: fills the remaining seats with the remaining hopefuls, or defeats them. */
  private finish(): void {
    const { state } = this;
    if (this.open) {
      // A defeat ended the count before the next distribution: show where its votes went.
      const saved = { totals: [...state.totals], exhausted: state.exhausted };
      this.distribute();
      this.closeStage('omega');
      saved.totals.forEach((total, candidate) => {
        state.totals[candidate] = total;
      });
      state.exhausted = saved.exhausted;
      this.votesHeld = state.valid - state.exhausted;
    }
    const last = this.stages.length - 1;
    const remaining = state.hopeful();
    const electing = state.vacancies > 0;
    const ordered = electing ? [...remaining].sort((a, b) => this.byVotesThenTieOrder(a, b)) : [];
    for (const candidate of remaining) {
      if (electing) {
        state.setStatus(candidate, ELECTED);
        this.events.push({ kind: 'elect', candidate, remaining: true, view: this.view() });
      } else {
        state.setStatus(candidate, EXCLUDED);
        this.events.push({ kind: 'defeat', candidate, reason: 'remaining', view: this.view() });
        this.tally.defeat(candidate);
        state.totals[candidate] = 0n;
      }
      if (!this.prf) this.distribute();
    }
    const lastStage = this.stages[last];
    if (lastStage && ordered.length > 0) {
      this.stages[last] = { ...lastStage, elected: [...lastStage.elected, ...ordered] };
      this.elected.push(...ordered);
    }
    if (this.prf) {
      let held = 0n;
      state.status.forEach((s, candidate) => {
        if (s === ELECTED) held += state.totals[candidate] ?? 0n;
      });
      this.events.push({ kind: 'complete', view: this.view({ total: held, residual: state.valid - held }) });
    } else {
      this.events.push({ kind: 'complete', view: this.view() });
    }
  }

  private recordTie(
    what: 'exclusion' | 'order-elected',
    tied: readonly number[],
    chosen: readonly number[],
  ): void {
    const stage = what === 'exclusion' ? this.stages.length + 1 : this.stages.length + (this.open ? 1 : 0);
    this.ties.push({
      stage,
      what,
      by: 'tie-order',
      candidates: [...tied].sort((a, b) => a - b),
      chosen: [...chosen],
    });
  }

  private sumOfVotes(): bigint {
    return this.state.totals.reduce((sum, total) => sum + total, 0n);
  }

  /** The figures as the rule's reference report shows them now. */
  private view(override: { total?: bigint; residual?: bigint } = {}): MeekView {
    const { state } = this;
    return {
      votes: [...state.totals],
      status: state.status.slice(),
      quota: state.quota,
      total: override.total ?? (this.prf ? this.votesHeld : this.sumOfVotes()),
      residual:
        override.residual ?? (this.prf ? state.valid - this.votesHeld : state.valid - this.sumOfVotes()),
      surplus: this.surplus,
    };
  }
}

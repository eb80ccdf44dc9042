/**
 * The result of a count: every stage with each candidate's total, who was elected and excluded,
 * and every tie with how it was broken. `CountResult` uses candidate indices and bigint
 * fixed-point values; `resultToJson` turns it into the plain JSON contract used by the CLI
 * (`--json`) and the HTTP API, keyed by candidate name with decimal strings at the rule's scale.
 */
import type { BallotNote, BallotReport } from './ballot-rules';
import { formatFixed } from './fixed-point';
import type { MeekEvent } from './meek-count';
import type { TieMethod } from './tie-break';

/** Counting methods, named as on the CLI. */
export type MethodName =
  | 'fptp'
  | 'block'
  | 'referendum'
  | 'av'
  | 'scottish'
  | 'ers97'
  | 'meek'
  | 'meek-droop';

/** How a Meek iteration stage ended: a candidate reached the quota, the surplus fell below omega, or it stopped falling. */
export type IterationOutcome = 'elected' | 'converged' | 'stable';

/** Where a tie order fixed before the count came from. */
export type TieOrderSource = 'blt' | 'option' | 'ballot-paper' | 'draw';

/** The tie procedure a count used, named for its source. */
export interface TieProcedure {
  /** The rule book's procedure, e.g. "SSI 2007/42 rules 49(2), 51(2): …". */
  readonly source: string;
  /** How a tie that earlier totals leave unbroken is decided: by lot when it arises, or by an order fixed before the count. */
  readonly final: 'lot' | 'order';
  /** The order (every candidate, first preferred in a tie) when `final` is `order`, and where it came from. */
  readonly order?: { readonly from: TieOrderSource; readonly candidates: readonly number[] };
}

/** Why candidates were excluded at a stage. */
export type ExclusionReason = 'lowest' | 'bulk' | 'doomed';

/** What happened at a stage. */
export type StageAction =
  | { readonly type: 'first' }
  | { readonly type: 'surplus'; readonly candidate: number }
  | { readonly type: 'exclusion'; readonly candidates: readonly number[]; readonly reason: ExclusionReason }
  | { readonly type: 'iteration'; readonly iterations: number; readonly outcome: IterationOutcome };

/** One stage of the count: the state after its transfer. */
export interface Stage {
  /** Stage number, from 1. */
  readonly stage: number;
  /** What the stage did. */
  readonly action: StageAction;
  /** Every candidate's total after the stage (withdrawn and excluded: 0). */
  readonly totals: readonly bigint[];
  /** Value of exhausted papers so far. */
  readonly exhausted: bigint;
  /** Value lost to truncation so far. */
  readonly truncationLoss: bigint;
  /** Quota (or AV majority) after the stage; null for methods without one. */
  readonly quota: bigint | null;
  /** Candidates elected at this stage, in order of election. */
  readonly elected: readonly number[];
  /** Candidates excluded at this stage. */
  readonly excluded: readonly number[];
  /** Meek only: keep factors after the stage. */
  readonly keepFactors?: readonly bigint[];
}

/** Which decision a tie affected. */
export type TieKind = 'surplus-order' | 'exclusion' | 'election' | 'order-elected';

/** A tie and how it was broken. */
export interface TieRecord {
  /** Stage at whose end the candidates were tied. */
  readonly stage: number;
  /** The decision the tie affected. */
  readonly what: TieKind;
  /** Earlier totals, lot, the tie order, or `unresolved` (ERS97 5.6.2: none of them elected at that stage). */
  readonly by: TieMethod | 'unresolved';
  /** The tied candidates, in ballot-paper order. */
  readonly candidates: readonly number[];
  /** The candidate(s) chosen, in the order chosen. */
  readonly chosen: readonly number[];
}

/** Outcome of a yes/no/abstain referendum. */
export interface ReferendumOutcome {
  /** Whether the proposal passed. */
  readonly passed: boolean;
  /** Papers for yes. */
  readonly yes: number;
  /** Papers for no. */
  readonly no: number;
  /** Papers abstaining. */
  readonly abstain: number;
  /** Share of yes among yes + no needed to pass. */
  readonly threshold: {
    readonly numerator: number;
    readonly denominator: number;
    readonly inclusive: boolean;
  };
}

/** Everything a count produced. */
export interface CountResult {
  /** Method used. */
  readonly method: MethodName;
  /** Election title, if any. */
  readonly title?: string;
  /** Source and comment fields of the ballot file, if any. */
  readonly source?: string;
  readonly comment?: string;
  /** Candidate names as written in the election, in ballot-paper order. */
  readonly candidates: readonly string[];
  /** Withdrawn candidates. */
  readonly withdrawn: readonly number[];
  /** Seats filled. */
  readonly seats: number;
  /** Decimal places of vote values. */
  readonly decimals: number;
  /** Decimal places of the quota. */
  readonly quotaDecimals: number;
  /** Final quota; null for methods without one. */
  readonly quota: bigint | null;
  /** Winners in order of election. */
  readonly elected: readonly number[];
  /** The stages of the count. */
  readonly stages: readonly Stage[];
  /** Every tie and how it was broken. */
  readonly ties: readonly TieRecord[];
  /** What the ballot rules found. */
  readonly ballots: BallotReport;
  /** Seed of the generator used for any lot. */
  readonly seed: string;
  /** How ties were (or would have been) broken. */
  readonly tieProcedure: TieProcedure;
  /** Referendum outcome (method `referendum` only). */
  readonly referendum?: ReferendumOutcome;
  /** Meek only: the quota before the first distribution and every action, for the reference-style report. */
  readonly meek?: { readonly initialQuota: bigint; readonly events: readonly MeekEvent[] };
}

/** JSON form of a stage action. */
export type StageActionJson =
  | { type: 'first' }
  | { type: 'surplus'; candidate: string }
  | { type: 'exclusion'; candidate: string; candidates: string[]; reason: ExclusionReason }
  | { type: 'iteration'; iterations: number; outcome: IterationOutcome };

/** JSON form of a stage. */
export interface StageJson {
  stage: number;
  action: StageActionJson;
  totals: Record<string, string>;
  nonTransferable: string;
  elected: string[];
  excluded: string[];
  exhausted: string;
  truncationLoss: string;
  quota: string | null;
  keepFactors?: Record<string, string>;
}

/** JSON form of a tie. */
export interface TieJson {
  stage: number;
  what: TieKind;
  by: TieMethod | 'unresolved';
  candidates: string[];
  chosen: string[];
}

/** JSON form of the tie procedure. */
export interface TieProcedureJson {
  source: string;
  final: 'lot' | 'order';
  order?: { from: TieOrderSource; candidates: string[] };
}

/** The JSON contract of a count (`caucus count --json`, `POST /api/count`). */
export interface CountResultJson {
  method: MethodName;
  seats: number;
  quota: string | null;
  elected: string[];
  stages: StageJson[];
  ties: TieJson[];
  title: string | null;
  candidates: string[];
  withdrawn: string[];
  decimals: number;
  validVotes: number;
  ballots: Omit<BallotReport, 'notes'> & { notes: BallotNote[] };
  seed: string;
  tieProcedure: TieProcedureJson;
  referendum?: ReferendumOutcome;
}

/** Converts a result to its plain JSON form (names as keys, decimal strings at the rule's scale). */
export function resultToJson(result: CountResult): CountResultJson {
  const name = (index: number): string => result.candidates[index] ?? `#${index + 1}`;
  const names = (indices: readonly number[]): string[] => indices.map(name);
  const value = (v: bigint): string => formatFixed(v, result.decimals);
  const quota = (q: bigint | null): string | null =>
    q === null
      ? null
      : formatFixed(q / 10n ** BigInt(result.decimals - result.quotaDecimals), result.quotaDecimals);
  const byName = (values: readonly bigint[]): Record<string, string> =>
    Object.fromEntries(result.candidates.map((candidate, i) => [candidate, value(values[i] ?? 0n)]));
  const json: CountResultJson = {
    method: result.method,
    seats: result.seats,
    quota: quota(result.quota),
    elected: names(result.elected),
    stages: result.stages.map((stage) => {
      const stageJson: StageJson = {
        stage: stage.stage,
        action: actionToJson(stage.action, name),
        totals: byName(stage.totals),
        nonTransferable: value(stage.exhausted + stage.truncationLoss),
        elected: names(stage.elected),
        excluded: names(stage.excluded),
        exhausted: value(stage.exhausted),
        truncationLoss: value(stage.truncationLoss),
        quota: quota(stage.quota),
      };
      if (stage.keepFactors !== undefined) stageJson.keepFactors = byName(stage.keepFactors);
      return stageJson;
    }),
    ties: result.ties.map((tie) => ({
      stage: tie.stage,
      what: tie.what,
      by: tie.by,
      candidates: names(tie.candidates),
      chosen: names(tie.chosen),
    })),
    title: result.title ?? null,
    candidates: [...result.candidates],
    withdrawn: names(result.withdrawn),
    decimals: result.decimals,
    validVotes: result.ballots.valid,
    ballots: { ...result.ballots, notes: [...result.ballots.notes] },
    seed: result.seed,
    tieProcedure: {
      source: result.tieProcedure.source,
      final: result.tieProcedure.final,
      ...(result.tieProcedure.order
        ? {
            order: {
              from: result.tieProcedure.order.from,
              candidates: names(result.tieProcedure.order.candidates),
            },
          }
        : {}),
    },
  };
  if (result.referendum !== undefined) json.referendum = result.referendum;
  return json;
}

function actionToJson(action: StageAction, name: (index: number) => string): StageActionJson {
  switch (action.type) {
    case 'first':
      return { type: 'first' };
    case 'surplus':
      return { type: 'surplus', candidate: name(action.candidate) };
    case 'exclusion':
      return {
        type: 'exclusion',
        candidate: name(action.candidates[0] ?? 0),
        candidates: action.candidates.map(name),
        reason: action.reason,
      };
    case 'iteration':
      return { type: 'iteration', iterations: action.iterations, outcome: action.outcome };
  }
}

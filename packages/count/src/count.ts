/**
 * The single entry point: validates the options against the election and runs the chosen
 * method. Every invalid input raises a CountError subclass; nothing else is thrown for bad input.
 *
 * Ties: each rule book's procedure is part of its preset (the source is reported with the
 * result). Meek's rules break ties by an order fixed before the count: the `tieOrder` option,
 * else the BLT file's `[tie]` line, else — when a seed is given — an order drawn from it, else
 * the ballot-paper order. The other rules look at earlier totals as their source says and then
 * draw lots when the tie arises (seeded); a `tieOrder` option or `[tie]` line replaces the lot.
 */
import { type BallotRules, buildProfile, DEFAULT_BALLOT_RULES } from './ballot-rules';
import { type CategoryConstraint, ConstraintSet } from './constraints';
import { type Election, findCandidate, validateElectionHeader } from './election';
import { ConstraintError, CountOptionsError, NoValidBallotsError } from './errors';
import { assertExactCapacity } from './fixed-point';
import { countMeek } from './meek-count';
import { MEEK_DROOP, MEEK_DROOP_POSITIVE_SURPLUS, MEEK_PRF, type MeekRule } from './meek-rules';
import { countPlurality } from './plurality';
import { createPrng, type Prng } from './prng';
import { countReferendum, type ReferendumThreshold, SIMPLE_MAJORITY } from './referendum';
import type { CountResult, MethodName, TieOrderSource, TieProcedure } from './result';
import { countStv } from './stv-engine';
import { alternativeVote, ERS97_STV, SCOTTISH_STV, type StvPreset } from './stv-presets';
import { WITHDRAWN } from './stv-state';
import { lotFinal, orderFinal, type TieFinal } from './tie-break';

/** Options of a count; only `method` is required. */
export interface CountOptions {
  /** Counting method, as named on the CLI. */
  readonly method: MethodName;
  /** Seats to fill; defaults to the election's (the BLT header). FPTP, AV and referendums always fill one. */
  readonly seats?: number;
  /** Seed for drawing lots; the same seed gives the same draws. Defaults to DEFAULT_SEED. For Meek, a seed draws the tie order. */
  readonly seed?: string | number;
  /**
   * A tie order fixed before the count (candidates by exact name, nickname or 1-based number,
   * every candidate who has not withdrawn once): ties earlier totals do not settle go to the
   * earliest in it, instead of to a lot.
   */
  readonly tieOrder?: readonly string[];
  /** Category constraints (STV methods only). */
  readonly constraints?: readonly CategoryConstraint[];
  /** Overrides of the default ballot rules. */
  readonly ballotRules?: Partial<BallotRules>;
  /** AV only: exclude together all candidates whose combined votes are below the next candidate's. */
  readonly batchElimination?: boolean;
  /** Referendum only: share of yes votes needed (default: more yes than no). */
  readonly threshold?: ReferendumThreshold;
  /** meek-droop only: count each elected candidate's surplus as at least 0 (stv-rs `--force-positive-surplus`). */
  readonly positiveSurplus?: boolean;
}

/** Every method name accepted by countElection. */
export const METHODS: readonly MethodName[] = [
  'fptp',
  'block',
  'referendum',
  'av',
  'scottish',
  'ers97',
  'meek',
  'meek-droop',
];

/** Seed used when none is given, so that a count without --seed is still reproducible. */
export const DEFAULT_SEED = '0';

const SINGLE_WINNER: readonly MethodName[] = ['fptp', 'av', 'referendum'];
const MEEK_RULES: Partial<Record<MethodName, MeekRule>> = { meek: MEEK_PRF, 'meek-droop': MEEK_DROOP };
const LOT_ONLY = 'lot drawn when the tie arises';

/** Counts an election by the chosen method; throws a CountError subclass for invalid input or options. */
export function countElection(election: Election, options: CountOptions): CountResult {
  const { method } = options;
  if (!METHODS.includes(method)) {
    throw new CountOptionsError('method', `"${String(method)}" is not one of ${METHODS.join(', ')}.`);
  }
  validateElectionHeader(election);
  const seats = resolveSeats(election, options);
  const seed = resolveSeed(options.seed);
  checkMethodOptions(options);
  const meekRule = options.positiveSurplus ? MEEK_DROOP_POSITIVE_SURPLUS : MEEK_RULES[method];
  const rules = resolveBallotRules(options.ballotRules, meekRule !== undefined);
  const prng = createPrng(seed);
  const explicitOrder = resolveTieOrder(election, options.tieOrder);
  const base = {
    method,
    ...(election.title === undefined ? {} : { title: election.title }),
    ...(election.source === undefined ? {} : { source: election.source }),
    ...(election.comment === undefined ? {} : { comment: election.comment }),
    candidates: election.candidates,
    withdrawn: [...election.withdrawn].sort((a, b) => a - b),
    seats,
    seed,
  };
  if (meekRule) {
    const { profile, report } = buildProfile(election, rules);
    if (report.valid === 0) throw new NoValidBallotsError(report.cast);
    assertExactCapacity(profile.papers, meekRule.decimals);
    const order = meekTieOrder(election, explicitOrder, options.seed !== undefined ? prng : undefined);
    const constraints = resolveConstraints(election, seats, options.constraints);
    const outcome = countMeek({
      profile,
      withdrawn: election.withdrawn,
      seats,
      rule: meekRule,
      tieOrder: order.candidates,
      ...(constraints ? { constraints } : {}),
    });
    return {
      ...base,
      decimals: meekRule.decimals,
      quotaDecimals: meekRule.decimals,
      quota: outcome.quota,
      elected: outcome.elected,
      stages: outcome.stages,
      ties: outcome.ties,
      ballots: report,
      tieProcedure: { source: meekRule.tieSource, final: 'order', order },
      meek: { initialQuota: outcome.initialQuota, events: outcome.events },
    };
  }
  const { final, procedure } = lotOrOrder(election, explicitOrder, prng);
  if (method === 'fptp' || method === 'block') {
    const { elected, stage, ties, report } = countPlurality(election, seats, rules, final);
    if (report.valid === 0) throw new NoValidBallotsError(report.cast);
    return {
      ...base,
      decimals: 0,
      quotaDecimals: 0,
      quota: null,
      elected,
      stages: [stage],
      ties,
      ballots: report,
      tieProcedure: { source: `Most votes win; a tie by ${LOT_ONLY}`, ...procedure },
    };
  }
  if (method === 'referendum') {
    const { outcome, stage, report } = countReferendum(election, rules, options.threshold ?? SIMPLE_MAJORITY);
    if (report.valid === 0) throw new NoValidBallotsError(report.cast);
    return {
      ...base,
      decimals: 0,
      quotaDecimals: 0,
      quota: null,
      elected: stage.elected,
      stages: [stage],
      ties: [],
      ballots: report,
      referendum: outcome,
      tieProcedure: {
        source: 'A referendum has no ties: an equal vote does not pass the proposal',
        final: 'lot',
      },
    };
  }
  const preset = stvPreset(method, options.batchElimination ?? false);
  const constraints = resolveConstraints(election, seats, options.constraints);
  const { profile, report } = buildProfile(election, rules);
  if (report.valid === 0) throw new NoValidBallotsError(report.cast);
  assertExactCapacity(profile.papers, preset.decimals);
  const outcome = countStv({
    profile,
    withdrawn: election.withdrawn,
    seats,
    preset,
    tieFinal: final,
    ...(constraints ? { constraints } : {}),
  });
  return {
    ...base,
    decimals: preset.decimals,
    quotaDecimals: preset.quotaDecimals,
    quota: outcome.quota,
    elected: outcome.elected,
    stages: outcome.stages,
    ties: outcome.ties,
    ballots: report,
    tieProcedure: { source: preset.tieSource, ...procedure },
  };
}

function stvPreset(method: MethodName, batchElimination: boolean): StvPreset {
  if (method === 'scottish') return SCOTTISH_STV;
  if (method === 'ers97') return ERS97_STV;
  return alternativeVote(batchElimination);
}

/** The `tieOrder` option as candidate indices (withdrawn candidates it leaves out appended), or undefined. */
function resolveTieOrder(election: Election, tieOrder: readonly string[] | undefined): number[] | undefined {
  if (tieOrder === undefined) return undefined;
  const { candidates, withdrawn } = election;
  const seen = new Set<number>();
  for (const reference of tieOrder) {
    const index = findCandidate(election, reference);
    if (index < 0) {
      throw new CountOptionsError(
        'tieOrder',
        `"${reference}" is not a candidate; give exact names, nicknames or numbers from 1 to ${candidates.length}.`,
      );
    }
    if (seen.has(index)) {
      throw new CountOptionsError(
        'tieOrder',
        `${candidates[index]} is named twice; name each candidate once.`,
      );
    }
    seen.add(index);
  }
  const missing = candidates.filter((_, index) => !seen.has(index) && !withdrawn.includes(index));
  if (missing.length > 0) {
    throw new CountOptionsError(
      'tieOrder',
      `the order must name every candidate who has not withdrawn; missing: ${missing.join(', ')}.`,
    );
  }
  const order = [...seen];
  for (const index of [...withdrawn].sort((a, b) => a - b)) if (!seen.has(index)) order.push(index);
  return order;
}

/** Meek's tie order: the option, else the file's [tie] line, else an order drawn from the seed, else ballot-paper order. */
function meekTieOrder(
  election: Election,
  explicit: number[] | undefined,
  prng: Prng | undefined,
): { from: TieOrderSource; candidates: number[] } {
  if (explicit) return { from: 'option', candidates: explicit };
  if (election.tieOrder) return { from: 'blt', candidates: [...election.tieOrder] };
  const order = election.candidates.map((_, index) => index);
  if (prng === undefined) return { from: 'ballot-paper', candidates: order };
  // Fisher–Yates with the seeded generator: every order equally likely, the same for the same seed.
  for (let i = order.length - 1; i > 0; i--) {
    const j = prng.below(i + 1);
    [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
  }
  return { from: 'draw', candidates: order };
}

/** The last step of a stage-by-stage rule's tie procedure: a given order if any, else a seeded lot. */
function lotOrOrder(
  election: Election,
  explicit: number[] | undefined,
  prng: Prng,
): { final: TieFinal; procedure: Pick<TieProcedure, 'final' | 'order'> } {
  const order = explicit
    ? { from: 'option' as const, candidates: explicit }
    : election.tieOrder
      ? { from: 'blt' as const, candidates: [...election.tieOrder] }
      : undefined;
  if (order === undefined) return { final: lotFinal(prng), procedure: { final: 'lot' } };
  return { final: orderFinal(order.candidates), procedure: { final: 'order', order } };
}

function resolveSeats(election: Election, options: CountOptions): number {
  const running = election.candidates.length - new Set(election.withdrawn).size;
  if (SINGLE_WINNER.includes(options.method)) {
    if (options.seats !== undefined && options.seats !== 1) {
      throw new CountOptionsError('seats', `${options.method} elects exactly one candidate.`);
    }
    if (running < 1) throw new CountOptionsError('seats', 'every candidate has withdrawn.');
    return 1;
  }
  const seats = options.seats ?? election.seats;
  if (!Number.isSafeInteger(seats) || seats < 1) {
    throw new CountOptionsError('seats', 'the number of seats must be a whole number of at least 1.');
  }
  if (seats > running) {
    throw new CountOptionsError('seats', `${seats} seats cannot be filled from ${running} candidates.`);
  }
  return seats;
}

function resolveSeed(seed: string | number | undefined): string {
  if (seed === undefined) return DEFAULT_SEED;
  if (typeof seed === 'number' && !Number.isFinite(seed)) {
    throw new CountOptionsError('seed', 'the seed must be a finite number or a string.');
  }
  return String(seed);
}

/** The ballot rules with overrides applied; Meek shares equal rankings unless told otherwise. */
function resolveBallotRules(overrides: Partial<BallotRules> | undefined, meek: boolean): BallotRules {
  const defaults: BallotRules = meek
    ? { ...DEFAULT_BALLOT_RULES, equalRanking: 'share' }
    : DEFAULT_BALLOT_RULES;
  const rules = { ...defaults, ...overrides };
  const allowed: Record<keyof BallotRules, readonly string[]> = {
    equalRanking: meek ? ['share', 'exhaust', 'skip'] : ['exhaust', 'skip'],
    skippedRank: ['exhaust', 'continue'],
    repeatedCandidate: ['skip', 'exhaust'],
  };
  for (const key of Object.keys(allowed) as (keyof BallotRules)[]) {
    if (!allowed[key].includes(rules[key])) {
      const why =
        key === 'equalRanking' && rules[key] === 'share'
          ? ' (sharing equal rankings is for Meek counts only)'
          : '';
      throw new CountOptionsError(`ballotRules.${key}`, `must be one of ${allowed[key].join(', ')}${why}.`);
    }
  }
  return rules;
}

function checkMethodOptions(options: CountOptions): void {
  const { method } = options;
  if (options.batchElimination !== undefined && method !== 'av') {
    throw new CountOptionsError('batchElimination', 'batch elimination applies to AV only.');
  }
  if (options.positiveSurplus !== undefined && method !== 'meek-droop') {
    throw new CountOptionsError('positiveSurplus', 'the positive-surplus option applies to meek-droop only.');
  }
  if (options.threshold !== undefined && method !== 'referendum') {
    throw new CountOptionsError('threshold', 'a threshold applies to referendums only.');
  }
  const stv = method === 'scottish' || method === 'ers97' || method === 'meek' || method === 'meek-droop';
  if (options.constraints !== undefined && !stv) {
    throw new CountOptionsError(
      'constraints',
      'constraints apply to STV methods (scottish, ers97, meek, meek-droop) only.',
    );
  }
}

function resolveConstraints(
  election: Election,
  seats: number,
  constraints: readonly CategoryConstraint[] | undefined,
): ConstraintSet | undefined {
  if (constraints === undefined || constraints.length === 0) return undefined;
  const set = new ConstraintSet(constraints, election, seats);
  const status = new Uint8Array(election.candidates.length);
  for (const index of election.withdrawn) status[index] = WITHDRAWN;
  if (!set.feasible(status, seats))
    throw new ConstraintError('no set of winners can satisfy all the constraints.');
  return set;
}

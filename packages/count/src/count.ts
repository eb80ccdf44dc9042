/**
 * The single entry point: validates the options against the election and runs the chosen
 * method. Every invalid input raises a CountError subclass; nothing else is thrown for bad input.
 */
import { type BallotRules, buildProfile, DEFAULT_BALLOT_RULES } from './ballot-rules';
import { type CategoryConstraint, ConstraintSet } from './constraints';
import { type Election, validateElectionHeader } from './election';
import { ConstraintError, CountOptionsError } from './errors';
import { assertExactCapacity } from './fixed-point';
import { countPlurality } from './plurality';
import { createPrng } from './prng';
import { countReferendum, type ReferendumThreshold, SIMPLE_MAJORITY } from './referendum';
import type { CountResult, MethodName } from './result';
import { countStv } from './stv-engine';
import { alternativeVote, ERS97_STV, MEEK_STV, SCOTTISH_STV, type StvPreset } from './stv-presets';
import { WITHDRAWN } from './stv-state';

/** Options of a count; only `method` is required. */
export interface CountOptions {
  /** Counting method, as named on the CLI. */
  readonly method: MethodName;
  /** Seats to fill; defaults to the election's (the BLT header). FPTP, AV and referendums always fill one. */
  readonly seats?: number;
  /** Seed for drawing lots; the same seed gives the same draws. Defaults to DEFAULT_SEED. */
  readonly seed?: string | number;
  /** Category constraints (STV methods only). */
  readonly constraints?: readonly CategoryConstraint[];
  /** Overrides of the default ballot rules. */
  readonly ballotRules?: Partial<BallotRules>;
  /** AV only: exclude together all candidates whose combined votes are below the next candidate's. */
  readonly batchElimination?: boolean;
  /** Referendum only: share of yes votes needed (default: more yes than no). */
  readonly threshold?: ReferendumThreshold;
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
];

/** Seed used when none is given, so that a count without --seed is still reproducible. */
export const DEFAULT_SEED = '0';

const SINGLE_WINNER: readonly MethodName[] = ['fptp', 'av', 'referendum'];

/** Counts an election by the chosen method; throws a CountError subclass for invalid input or options. */
export function countElection(election: Election, options: CountOptions): CountResult {
  const { method } = options;
  if (!METHODS.includes(method)) {
    throw new CountOptionsError('method', `"${String(method)}" is not one of ${METHODS.join(', ')}.`);
  }
  validateElectionHeader(election);
  const seats = resolveSeats(election, options);
  const seed = resolveSeed(options.seed);
  const rules = resolveBallotRules(options.ballotRules);
  checkMethodOptions(options);
  const prng = createPrng(seed);
  const base = {
    method,
    ...(election.title === undefined ? {} : { title: election.title }),
    candidates: election.candidates,
    withdrawn: [...election.withdrawn].sort((a, b) => a - b),
    seats,
    seed,
  };
  if (method === 'fptp' || method === 'block') {
    const { elected, stage, ties, report } = countPlurality(election, seats, rules, prng);
    return {
      ...base,
      decimals: 0,
      quotaDecimals: 0,
      quota: null,
      elected,
      stages: [stage],
      ties,
      ballots: report,
    };
  }
  if (method === 'referendum') {
    const { outcome, stage, report } = countReferendum(election, rules, options.threshold ?? SIMPLE_MAJORITY);
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
    };
  }
  const preset = stvPreset(method, options.batchElimination ?? false);
  const constraints = resolveConstraints(election, seats, options.constraints);
  const { profile, report } = buildProfile(election, rules);
  assertExactCapacity(profile.papers, preset.decimals);
  const outcome = countStv({
    profile,
    withdrawn: election.withdrawn,
    seats,
    preset,
    prng,
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
  };
}

function stvPreset(method: 'av' | 'scottish' | 'ers97' | 'meek', batchElimination: boolean): StvPreset {
  switch (method) {
    case 'av':
      return alternativeVote(batchElimination);
    case 'scottish':
      return SCOTTISH_STV;
    case 'ers97':
      return ERS97_STV;
    case 'meek':
      return MEEK_STV;
  }
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

function resolveBallotRules(overrides: Partial<BallotRules> | undefined): BallotRules {
  const rules = { ...DEFAULT_BALLOT_RULES, ...overrides };
  const allowed: Record<keyof BallotRules, readonly string[]> = {
    equalRanking: ['exhaust', 'skip'],
    skippedRank: ['exhaust', 'continue'],
    repeatedCandidate: ['skip', 'exhaust'],
  };
  for (const key of Object.keys(allowed) as (keyof BallotRules)[]) {
    if (!allowed[key].includes(rules[key])) {
      throw new CountOptionsError(`ballotRules.${key}`, `must be one of ${allowed[key].join(', ')}.`);
    }
  }
  return rules;
}

function checkMethodOptions(options: CountOptions): void {
  const { method } = options;
  if (options.batchElimination !== undefined && method !== 'av') {
    throw new CountOptionsError('batchElimination', 'batch elimination applies to AV only.');
  }
  if (options.threshold !== undefined && method !== 'referendum') {
    throw new CountOptionsError('threshold', 'a threshold applies to referendums only.');
  }
  if (options.constraints !== undefined && method !== 'scottish' && method !== 'ers97' && method !== 'meek') {
    throw new CountOptionsError(
      'constraints',
      'constraints apply to STV methods (scottish, ers97, meek) only.',
    );
  }
}

function resolveConstraints(
  election: Election,
  seats: number,
  constraints: readonly CategoryConstraint[] | undefined,
): ConstraintSet | undefined {
  if (constraints === undefined || constraints.length === 0) return undefined;
  const set = new ConstraintSet(constraints, election.candidates, seats);
  const status = new Uint8Array(election.candidates.length);
  for (const index of election.withdrawn) status[index] = WITHDRAWN;
  if (!set.feasible(status, seats))
    throw new ConstraintError('no set of winners can satisfy all the constraints.');
  return set;
}

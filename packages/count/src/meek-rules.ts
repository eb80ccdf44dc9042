/**
 * Rule books for Meek's method. Both run the same loop (PR Foundation Reference Meek Rule steps
 * A–C, after Hill, Wichmann & Woodall, Algorithm 123) at 9 decimal places with omega 10^-6, and
 * break ties for defeat by an order fixed before the count (procedure T). They differ where the
 * two families of implementations differ:
 *
 * | choice | `meek` (PRF reference; Droop `meek-prf`) | `meek-droop` (Droop `meek`, stv-rs `fixed9`) |
 * |---|---|---|
 * | vote kept by a candidate | w × kf rounded up; w reduced by it (B.2.a) | w × kf and the rest w × (1 − kf) both rounded towards zero |
 * | iteration ends on omega | surplus < omega (B.2.e) | surplus ≤ omega |
 * | total surplus | not below 0 (B.2.d) | may be negative (an elected candidate below the quota); stv-rs's `--force-positive-surplus` counts each candidate's as at least 0 |
 * | rank of equal candidates none of whom is continuing | passed over | ends the paper (Droop's recursive descent) |
 *
 * Everything else (quota truncated plus 10^-9, keep factor kf × q rounded up then ÷ v rounded up,
 * election at v ≥ q, candidates within the total surplus of the lowest tied for defeat) is common.
 */

/** The choices that make a Meek variant (see the table above). */
export interface MeekRule {
  /** Method name as used by the CLI. */
  readonly method: 'meek' | 'meek-droop';
  /** Name of the rule as the reference reports print it. */
  readonly title: string;
  /** Decimal places of every value. */
  readonly decimals: number;
  /** Omega is 10^-omegaDecimals. */
  readonly omegaDecimals: number;
  /** `up`: kept = ⌈w·kf⌉, w −= kept; `down`: kept = w·kf and w = w·(1 − kf), both towards zero. */
  readonly keep: 'up' | 'down';
  /** `below`: the iteration ends when surplus < omega; `at-most`: when surplus ≤ omega. */
  readonly omegaTest: 'below' | 'at-most';
  /** `total-floor`: a negative total counts as 0; `sum`: the plain sum, which may be negative; `each-floor`: each candidate's surplus at least 0. */
  readonly surplus: 'total-floor' | 'sum' | 'each-floor';
  /** A rank of equally ranked candidates none of whom is hopeful or elected: `pass-over` it, or `stop` the paper there. */
  readonly emptyEqualRank: 'pass-over' | 'stop';
  /** Which reference report `--format droop` reproduces: Droop's `meek-prf` or its `meek` (as stv-rs prints it). */
  readonly transcript: 'prf' | 'parametric';
  /** Where the tie procedure comes from, for reports. */
  readonly tieSource: string;
}

/** PR Foundation Reference Meek Rule (prfound.org), as Droop's `meek-prf` counts it. */
export const MEEK_PRF: MeekRule = {
  method: 'meek',
  title: 'PR Foundation Meek Reference',
  decimals: 9,
  omegaDecimals: 6,
  keep: 'up',
  omegaTest: 'below',
  surplus: 'total-floor',
  emptyEqualRank: 'pass-over',
  transcript: 'prf',
  tieSource: 'PR Foundation reference rule, procedure T: an order of the candidates fixed before the count',
};

/** Droop's parametric `meek` rule at fixed 9 dp, omega 10^-6, no batch defeats — what stv-rs counts. */
export const MEEK_DROOP: MeekRule = {
  method: 'meek-droop',
  title: 'Meek Parametric (omega = 1/10^6)',
  decimals: 9,
  omegaDecimals: 6,
  keep: 'down',
  omegaTest: 'at-most',
  surplus: 'sum',
  emptyEqualRank: 'stop',
  transcript: 'parametric',
  tieSource: 'Droop and stv-rs: an order of the candidates fixed before the count',
};

/** MEEK_DROOP with stv-rs's `--force-positive-surplus`: each elected candidate's surplus counts as at least 0. */
export const MEEK_DROOP_POSITIVE_SURPLUS: MeekRule = { ...MEEK_DROOP, surplus: 'each-floor' };

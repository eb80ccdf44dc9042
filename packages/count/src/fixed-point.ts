/**
 * Fixed-point vote arithmetic. A vote value is an integer count of units of 10^-decimals
 * (1.23456 votes at 5 decimals is 123456). Rule-level arithmetic (quotas, surpluses, transfer
 * values, keep factors) is done on bigint; the hot loops that add up "papers × value" over
 * thousands of ballot groups use exact integer Numbers, which is safe because
 * `assertExactCapacity` proves every such sum stays below 2^53 before a count starts.
 */
import { CountCapacityError } from './errors';

const powers: bigint[] = [];

/** 10^digits as a bigint. */
export function pow10(digits: number): bigint {
  let power = powers[digits];
  if (power === undefined) {
    power = 10n ** BigInt(digits);
    powers[digits] = power;
  }
  return power;
}

/** Formats a fixed-point value as a decimal string with exactly `decimals` places, e.g. 123456n at 5 → "1.23456". */
export function formatFixed(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(decimals + 1, '0');
  const whole = digits.slice(0, digits.length - decimals);
  const sign = negative ? '-' : '';
  return decimals === 0 ? `${sign}${whole}` : `${sign}${whole}.${digits.slice(digits.length - decimals)}`;
}

/** Integer division of non-negative bigints, rounding up. */
export function divCeil(numerator: bigint, denominator: bigint): bigint {
  return (numerator + denominator - 1n) / denominator;
}

/** Throws CountCapacityError unless `papers` × 10^decimals is an exact JavaScript integer (below 2^53). */
export function assertExactCapacity(papers: number, decimals: number): void {
  if (BigInt(papers) * pow10(decimals) > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new CountCapacityError(papers, decimals);
  }
}

const HALF = 32768;
const SPLIT_LIMIT = 2 ** 31;

/** How a product of fixed-point values is rounded back to the scale. */
export type Rounding = 'ceil' | 'trunc';

/**
 * a × b ÷ unit for integers, rounded up (`ceil`, towards +∞) or towards zero (`trunc`), computed
 * exactly with Numbers for |a|, |b| < 2^31 and unit ≤ 2^30 (b is split into 15-bit halves so every
 * intermediate product stays below 2^47); larger operands go through bigint.
 */
export function mulDivExact(a: number, b: number, unit: number, rounding: Rounding): number {
  const negative = a < 0 !== b < 0;
  const p = Math.abs(a);
  const q = Math.abs(b);
  if (p >= SPLIT_LIMIT || q >= SPLIT_LIMIT) return mulDivBig(a, b, unit, rounding);
  const high = p * Math.floor(q / HALF);
  const low = p * (q % HALF);
  // high < 2^47 and unit ≤ 2^30, so the rounded quotient cannot cross an integer boundary: floor is exact.
  const highQuotient = Math.floor(high / unit);
  const rest = (high - highQuotient * unit) * HALF + low;
  const restQuotient = Math.floor(rest / unit);
  const floor = highQuotient * HALF + restQuotient;
  if (negative) return floor === 0 ? 0 : -floor;
  return rounding === 'ceil' && rest - restQuotient * unit > 0 ? floor + 1 : floor;
}

function mulDivBig(a: number, b: number, unit: number, rounding: Rounding): number {
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(unit);
  const quotient = product / divisor;
  const up = rounding === 'ceil' && product > 0n && quotient * divisor !== product;
  return Number(up ? quotient + 1n : quotient);
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divCeil, formatFixed, mulDivExact, pow10 } from './fixed-point';
import { createPrng } from './prng';

describe('fixed-point arithmetic', () => {
  it('formats values with exactly the rule’s decimal places', () => {
    expect(formatFixed(123456n, 5)).toBe('1.23456');
    expect(formatFixed(5n, 5)).toBe('0.00005');
    expect(formatFixed(0n, 2)).toBe('0.00');
    expect(formatFixed(-150n, 2)).toBe('-1.50');
    expect(formatFixed(42n, 0)).toBe('42');
    expect(pow10(9)).toBe(1_000_000_000n);
  });

  it('divides rounding up', () => {
    expect(divCeil(10n, 5n)).toBe(2n);
    expect(divCeil(11n, 5n)).toBe(3n);
    expect(divCeil(0n, 5n)).toBe(0n);
  });

  it('computes a × b / unit rounded up or towards zero exactly with Numbers, signs and large operands included', () => {
    const unit = 1_000_000_000;
    const value = fc.oneof(
      fc.integer({ min: -2 * unit, max: 2 * unit }),
      fc.constantFrom(0, 1, -1, unit - 1, unit, unit + 1, 2 ** 31 - 1, 2 ** 31, -(2 ** 31), 2 ** 40),
    );
    const reference = (a: number, b: number, up: boolean): bigint => {
      const product = BigInt(a) * BigInt(b);
      const quotient = product / BigInt(unit);
      return up && product > 0n && quotient * BigInt(unit) !== product ? quotient + 1n : quotient;
    };
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(BigInt(mulDivExact(a, b, unit, 'ceil'))).toBe(reference(a, b, true));
        expect(BigInt(mulDivExact(a, b, unit, 'trunc'))).toBe(reference(a, b, false));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('seeded generator', () => {
  it('repeats its sequence for the same seed and differs for another', () => {
    const draw = (seed: string) => {
      const prng = createPrng(seed);
      return Array.from({ length: 8 }, () => prng.nextUint32());
    };
    expect(draw('abc')).toEqual(draw('abc'));
    expect(draw('abc')).not.toEqual(draw('abd'));
  });

  it('draws every outcome of below(n) about equally often', () => {
    const prng = createPrng('fair');
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i++) {
      const outcome = prng.below(3);
      counts[outcome] = (counts[outcome] ?? 0) + 1;
    }
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(500);
  });
});

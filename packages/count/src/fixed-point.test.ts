import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { divCeil, formatFixed, mulDivCeilExact, pow10 } from './fixed-point';
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

  it('computes ceil(a × b / unit) exactly with Numbers', () => {
    const unit = 1_000_000_000;
    const value = fc.oneof(fc.integer({ min: 0, max: unit }), fc.constantFrom(0, 1, unit - 1, unit));
    fc.assert(
      fc.property(value, value, (a, b) => {
        const exact = divCeil(BigInt(a) * BigInt(b), BigInt(unit));
        expect(BigInt(mulDivCeilExact(a, b, unit))).toBe(exact);
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

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseShares, SharesInputError } from './parse-shares';
import { catchError } from './testing/catch-error';

const problemOf = (text: string, known?: readonly string[]) =>
  (catchError(() => parseShares(text, { knownParties: known })) as SharesInputError).problem;

describe('parseShares', () => {
  it('reads percentages into fractions adding up to exactly 1', () => {
    expect(parseShares('Lab=45,Con=39,LD=10,Oth=6')).toEqual({ Lab: 0.45, Con: 0.39, LD: 0.1, Oth: 0.06 });
    const scaled = parseShares(' Lab = 45.2% , Con=54.5 ');
    expect((scaled.Lab ?? 0) + (scaled.Con ?? 0)).toBeCloseTo(1, 12);
  });

  it('matches known parties ignoring case', () => {
    expect(parseShares('lab=50,CON=50', { knownParties: ['Lab', 'Con'] })).toEqual({ Lab: 0.5, Con: 0.5 });
  });

  it('names each kind of bad input', () => {
    expect(catchError(() => parseShares('Lab=45,Con=abc'))).toBeInstanceOf(SharesInputError);
    expect(problemOf('')).toBe('empty');
    expect(problemOf('Lab:45,Con=55')).toBe('syntax');
    expect(problemOf('=45,Con=55')).toBe('syntax');
    expect(problemOf('Lab=45,Con=abc')).toBe('not-a-number');
    expect(problemOf('Lab=45,Con=')).toBe('not-a-number');
    expect(problemOf('Lab=110,Con=-10')).toBe('negative');
    expect(problemOf('Lab=45,Lab=55')).toBe('duplicate');
    expect(problemOf('Lab=45,Con=39')).toBe('sum');
    expect(problemOf('Lab=50,Con=50.6')).toBe('sum');
    expect(problemOf('Labour=50,Con=50', ['Lab', 'Con', 'LD'])).toBe('unknown-party');
  });

  it('accepts totals within 100 ± 0.5', () => {
    expect(() => parseShares('Lab=50,Con=49.6')).not.toThrow();
    expect(() => parseShares('Lab=50,Con=50.5')).not.toThrow();
  });

  it('suggests the closest party for a typo', () => {
    const error = catchError(() => parseShares('Labb=50,Con=50', { knownParties: ['Lab', 'Con', 'LD'] }));
    expect((error as SharesInputError).suggestions[0]).toBe('Lab');
  });

  it('always returns non-negative shares adding up to 1 for valid input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 8 }),
        (weights) => {
          const total = weights.reduce((sum, w) => sum + w, 0);
          fc.pre(total > 0);
          const text = weights.map((w, i) => `P${i}=${((100 * w) / total).toFixed(6)}`).join(',');
          const shares = Object.values(parseShares(text));
          expect(shares.every((share) => share >= 0)).toBe(true);
          expect(shares.reduce((sum, share) => sum + share, 0)).toBeCloseTo(1, 9);
        },
      ),
    );
  });
});

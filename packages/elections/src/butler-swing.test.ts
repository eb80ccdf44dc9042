import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { butlerSwing, butlerSwingOfChanges } from './butler-swing';
import { changes } from './vote-share';

describe('Butler swing', () => {
  it('averages one party gain and the other loss (worked example)', () => {
    // Con 40 → 35, Lab 30 → 38: swing Con to Lab = (8 + 5) / 2 = 6.5 points.
    const before = { Con: 0.4, Lab: 0.3 };
    const after = { Con: 0.35, Lab: 0.38 };
    expect(butlerSwing(before, after, 'Con', 'Lab')).toBeCloseTo(0.065, 12);
    expect(butlerSwing(before, after, 'Lab', 'Con')).toBeCloseTo(-0.065, 12);
    expect(butlerSwingOfChanges(changes(before, after), 'Con', 'Lab')).toBeCloseTo(0.065, 12);
  });

  it('treats a party absent on one side as 0 there', () => {
    expect(butlerSwing({ Lab: 0.5 }, { Lab: 0.4, RUK: 0.2 }, 'Lab', 'RUK')).toBeCloseTo(0.15, 12);
  });

  it('is antisymmetric and zero when nothing changes', () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    fc.assert(
      fc.property(share, share, share, share, (a0, b0, a1, b1) => {
        const before = { A: a0, B: b0 };
        const after = { A: a1, B: b1 };
        expect(butlerSwing(before, after, 'A', 'B')).toBeCloseTo(-butlerSwing(before, after, 'B', 'A'), 12);
        expect(butlerSwing(before, before, 'A', 'B')).toBe(0);
      }),
    );
  });
});

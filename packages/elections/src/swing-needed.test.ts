import { describe, expect, it } from 'vitest';
import { swingNeeded } from './swing-needed';

describe('swingNeeded', () => {
  it('is half the gap to the leader for a challenger', () => {
    // Con 45, Lab 35: Lab needs a 5-point swing; LD on 15 needs 15.
    const shares = { Con: 0.45, Lab: 0.35, LD: 0.15 };
    expect(swingNeeded(shares, 'Lab')).toBeCloseTo(0.05, 12);
    expect(swingNeeded(shares, 'LD')).toBeCloseTo(0.15, 12);
    expect(swingNeeded(shares, 'Green')).toBeCloseTo(0.225, 12);
  });

  it('is negative for the holder: minus the swing to the runner-up that would draw level', () => {
    expect(swingNeeded({ Con: 0.45, Lab: 0.35 }, 'Con')).toBeCloseTo(-0.05, 12);
  });
});

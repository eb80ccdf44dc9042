import { describe, expect, it } from 'vitest';
import { syntheticBaseline } from '../testing/synthetic-baseline';
import { leadingParty, seatTotals, winnerLabel, winners } from './seat-winners';

describe('seat winners', () => {
  it('lets Oth win only with its strongest candidate share, credited to that candidate party', () => {
    const baseline = syntheticBaseline(
      ['Lab', 'Con', 'Oth'],
      [
        [0.35, 0.25, 0.4],
        [0.3, 0.2, 0.5],
      ],
    );
    baseline.othersLead.set([0.5, 0.8]);
    const first = baseline.seats[0];
    const second = baseline.seats[1];
    if (first) first.otherLeader = 'Ind';
    if (second) second.otherLeader = 'WPB';
    // Seat 1: Oth's best candidate has 0.4 × 0.5 = 20% < Lab 35%. Seat 2: 0.5 × 0.8 = 40% > Lab 30%.
    expect(leadingParty(baseline, baseline.shares, 0)).toBe(0);
    expect(leadingParty(baseline, baseline.shares, 1)).toBe(2);
    expect(winnerLabel(baseline, 1, 2)).toBe('WPB');
    expect(winners(baseline, baseline.shares)).toEqual(['Lab', 'WPB']);
  });

  it('counts seats, most first', () => {
    expect(seatTotals(['Con', 'Lab', 'Con', 'SNP', 'Lab', 'Con'])).toEqual({ Con: 3, Lab: 2, SNP: 1 });
    expect(Object.keys(seatTotals(['B', 'A']))).toEqual(['A', 'B']);
  });
});

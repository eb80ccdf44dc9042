import { describe, expect, it } from 'vitest';
import { createPrng } from './prng';
import { breakTie, lotFinal, narrowByHistory, orderFinal, orderTied } from './tie-break';

// Totals of candidates 0, 1, 2 at three earlier points, oldest first.
const history = [
  [5n, 4n, 4n],
  [6n, 7n, 6n],
  [8n, 8n, 8n],
];

describe('tie-breaking', () => {
  it('looks backward to the most recent point where the candidates differed', () => {
    expect(breakTie([0, 1], 'lowest', history, 'backward', lotFinal(createPrng('s')))).toEqual({
      chosen: 0,
      by: 'history',
    });
    expect(breakTie([0, 1], 'highest', history, 'backward', lotFinal(createPrng('s')))).toEqual({
      chosen: 1,
      by: 'history',
    });
  });

  it('looks forward from the first point where the candidates differed', () => {
    expect(breakTie([0, 1], 'lowest', history, 'forward', lotFinal(createPrng('s')))).toEqual({
      chosen: 1,
      by: 'history',
    });
    expect(breakTie([0, 1], 'highest', history, 'forward', lotFinal(createPrng('s')))).toEqual({
      chosen: 0,
      by: 'history',
    });
  });

  it('narrows three tied candidates step by step', () => {
    // Backward, lowest: at point 2 candidates 0 and 2 are lowest (6); at point 1, 2 is lower.
    expect(narrowByHistory([0, 1, 2], 'lowest', history, 'backward')).toEqual([2]);
    // Forward, lowest: at point 1 candidates 1 and 2 tie (4); at point 2, 2 is lower.
    expect(narrowByHistory([2, 1, 0], 'lowest', history, 'forward')).toEqual([2]);
  });

  it('draws lots among candidates equal at every point, reproducibly', () => {
    const flat = [[3n, 3n]];
    const first = breakTie([0, 1], 'lowest', flat, 'backward', lotFinal(createPrng('seed')));
    expect(first.by).toBe('lot');
    expect(breakTie([0, 1], 'lowest', flat, 'backward', lotFinal(createPrng('seed')))).toEqual(first);
    expect(breakTie([0, 1], 'lowest', history, 'none', lotFinal(createPrng('seed'))).by).toBe('lot');
  });

  it('takes the earliest candidate in a tie order fixed before the count when history does not separate them', () => {
    const flat = [[3n, 3n, 3n]];
    const final = orderFinal([2, 0, 1]);
    expect(breakTie([0, 1], 'lowest', flat, 'backward', final)).toEqual({ chosen: 0, by: 'tie-order' });
    expect(breakTie([0, 1, 2], 'highest', flat, 'none', final)).toEqual({ chosen: 2, by: 'tie-order' });
    expect(breakTie([0, 1], 'lowest', history, 'backward', final)).toEqual({ chosen: 0, by: 'history' });
  });

  it('orders a whole tied group', () => {
    expect(orderTied([0, 1, 2], 'highest', history, 'backward', lotFinal(createPrng('s')))).toEqual({
      ordered: [1, 0, 2],
      by: 'history',
    });
  });
});

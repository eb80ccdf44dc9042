import { describe, expect, it } from 'vitest';
import { parseResultSummary } from './parse-result-summary';

describe('parseResultSummary', () => {
  it('reads holds and gains, in any case, normalising party spellings', () => {
    expect(parseResultSummary('Lab hold')).toEqual({ winner: 'Lab', outcome: 'hold', gainedFrom: null });
    expect(parseResultSummary('RUK Hold')).toEqual({ winner: 'RUK', outcome: 'hold', gainedFrom: null });
    expect(parseResultSummary('Con gain from Lab Coop')).toEqual({
      winner: 'Con',
      outcome: 'gain',
      gainedFrom: 'Lab',
    });
    expect(parseResultSummary('Spk gain from Lab')).toEqual({
      winner: 'Spk',
      outcome: 'gain',
      gainedFrom: 'Lab',
    });
  });

  it('rejects other text', () => {
    expect(parseResultSummary('Labour won')).toBeUndefined();
    expect(parseResultSummary('')).toBeUndefined();
  });
});

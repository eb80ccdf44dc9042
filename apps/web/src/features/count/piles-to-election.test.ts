import { describe, expect, it } from 'vitest';
import { PileInputError, pilesToElection } from './piles-to-election';

describe('pilesToElection', () => {
  it('reads names, numbers and equal ranks', () => {
    const election = pilesToElection(
      'Alice\nBob\nCarol\n',
      [
        { preferences: 'Alice, Bob', count: '12' },
        { preferences: '3, 1=2', count: '4' },
        { preferences: '', count: '' },
      ],
      2,
    );
    expect(election).toEqual({
      candidates: ['Alice', 'Bob', 'Carol'],
      seats: 2,
      ballots: [
        { weight: 12, ranking: ['Alice', 'Bob'] },
        { weight: 4, ranking: ['Carol', ['Alice', 'Bob']] },
      ],
    });
  });

  it('names the pile and the problem', () => {
    expect(() => pilesToElection('A\nB', [{ preferences: 'A, Zed', count: '1' }], 1)).toThrow(
      'Pile 1: “Zed” is not one of the candidates.',
    );
    expect(() => pilesToElection('A\nB', [{ preferences: 'A', count: 'x' }], 1)).toThrow(
      /Pile 1: the number/,
    );
    expect(() => pilesToElection('A\nB', [{ preferences: '9', count: '1' }], 1)).toThrow(
      /no candidate number 9/,
    );
    expect(() => pilesToElection('A', [], 1)).toThrow(PileInputError);
    expect(() => pilesToElection('A\nA', [], 1)).toThrow(/listed twice/);
    expect(() => pilesToElection('A\nB', [], 1)).toThrow(/at least one pile/);
  });
});

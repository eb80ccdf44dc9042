import { describe, expect, it } from 'vitest';
import { parseConstraints } from './parse-constraint';

const candidates = ['Adam', 'Basil', 'Clara', 'Dora'];

describe('parseConstraints', () => {
  it('reads numbers and names, and merges bounds of one category', () => {
    expect(parseConstraints(['women>=1:3,Dora', 'women<=2:3,Dora'], candidates)).toEqual([
      { category: 'women', members: ['Clara', 'Dora'], min: 1, max: 2 },
    ]);
  });

  it('names what is wrong', () => {
    expect(() => parseConstraints(['women=1:3'], candidates)).toThrow(/not of the form/);
    expect(() => parseConstraints(['women>=1:9'], candidates)).toThrow(/no candidate number 9/);
    expect(() => parseConstraints(['women>=1:Zed'], candidates)).toThrow(/"Zed" is not a candidate/);
    expect(() => parseConstraints(['w>=1:3', 'w<=1:4'], candidates)).toThrow(/two different candidate lists/);
  });
});

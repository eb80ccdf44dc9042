import { describe, expect, it } from 'vitest';
import { parseConstraints } from './parse-constraint';

describe('parseConstraints', () => {
  it('reads numbers and names, and merges bounds of one category', () => {
    expect(parseConstraints(['women>=1:3,Dora', 'women<=2:3, Dora'])).toEqual([
      { category: 'women', members: ['3', 'Dora'], min: 1, max: 2 },
    ]);
  });

  it('names what is wrong', () => {
    expect(() => parseConstraints(['women=1:3'])).toThrow(/not of the form/);
    expect(() => parseConstraints(['w>=1:3', 'w<=1:4'])).toThrow(/two different candidate lists/);
  });
});

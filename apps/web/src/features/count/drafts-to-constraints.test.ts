import { describe, expect, it } from 'vitest';
import { draftsToConstraints } from './drafts-to-constraints';

describe('draftsToConstraints', () => {
  it('keeps only the bounds given', () => {
    expect(
      draftsToConstraints([{ category: ' women ', min: '1', max: '', members: ['Clara', 'Dora'] }]),
    ).toEqual([{ category: 'women', members: ['Clara', 'Dora'], min: 1 }]);
  });

  it('names the constraint and what is missing', () => {
    expect(() => draftsToConstraints([{ category: '', min: '1', max: '', members: ['A'] }])).toThrow(/name/);
    expect(() => draftsToConstraints([{ category: 'w', min: 'x', max: '', members: ['A'] }])).toThrow(
      /whole number/,
    );
    expect(() => draftsToConstraints([{ category: 'w', min: '', max: '', members: ['A'] }])).toThrow(
      /at least/,
    );
    expect(() => draftsToConstraints([{ category: 'w', min: '1', max: '', members: [] }])).toThrow(/tick/);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseBlt } from './blt-reader';
import { writeBlt } from './blt-writer';
import type { Election, Rank } from './election';
import { BltWriteError } from './errors';
import { arbitraryElection, withoutLines } from './test-support';

/** A single-member list is the same rank as the bare candidate; BLT writes both the same way. */
function canonical(election: Election): Election {
  const rank = (r: Rank): Rank => (typeof r !== 'number' && r.length === 1 ? (r[0] ?? 0) : r);
  return {
    ...election,
    ballots: election.ballots.map((b) => ({ weight: b.weight, ranks: b.ranks.map(rank) })),
  };
}

describe('writeBlt', () => {
  it('writes header, withdrawn line, ballots with = and -, names and title', () => {
    const election: Election = {
      title: 'Test',
      candidates: ['Ann', 'Bob "the builder"', 'Cy'],
      seats: 2,
      withdrawn: [2],
      ballots: [
        { weight: 3, ranks: [0, [1, 2], [], 2] },
        { weight: 1, ranks: [] },
      ],
    };
    expect(writeBlt(election)).toBe(
      '3 2\n-3\n3 1 2=3 - 3 0\n1 0\n0\n"Ann"\nBob "the builder"\n"Cy"\n"Test"\n',
    );
    expect(withoutLines(parseBlt(writeBlt(election)))).toEqual(election);
  });

  it('writes nicknames, [withdrawn], [tie] and the source and comment fields as stv-rs and Droop files have them', () => {
    const election: Election = {
      title: 'Vegetables',
      source: 'Returning officer',
      comment: 'Recount',
      candidates: ['Apple Pie', 'Banana', 'banana split', '2024'],
      seats: 2,
      withdrawn: [1],
      tieOrder: [3, 0, 2, 1],
      ballots: [{ weight: 2, ranks: [[0, 2], 3] }],
    };
    const text = writeBlt(election, { nicknames: true });
    expect(text).toBe(
      [
        '4 2',
        '[nick apple banana banana-2 c4]',
        '[withdrawn banana]',
        '[tie c4 apple banana-2 banana]',
        '2 apple=banana-2 c4 0',
        '0',
        '"Apple Pie"',
        '"Banana"',
        '"banana split"',
        '"2024"',
        '"Vegetables"',
        '"Returning officer"',
        '"Recount"',
        '',
      ].join('\n'),
    );
    expect(withoutLines(parseBlt(text))).toEqual({
      ...election,
      nicknames: ['apple', 'banana', 'banana-2', 'c4'],
    });
    expect(withoutLines(parseBlt(writeBlt(election)))).toEqual(election);
  });

  it('refuses names that BLT cannot hold', () => {
    const base: Election = { candidates: ['A'], seats: 1, withdrawn: [], ballots: [] };
    expect(() => writeBlt({ ...base, candidates: ['two\nlines'] })).toThrow(BltWriteError);
    expect(() => writeBlt({ ...base, candidates: ['"quoted"'] })).toThrow(BltWriteError);
    expect(() => writeBlt({ ...base, title: ' say "hi"' })).toThrow(BltWriteError);
  });

  it('round-trips: write then read gives the same election', () => {
    const name = fc.oneof(
      fc.string({ minLength: 0, maxLength: 12 }).filter((s) => !/["\r\n]/.test(s)),
      fc.constantFrom('Máire Ní Bhriain', "O'Neill", 'Bob "B" Smith', '# not a comment', 'A  B'),
    );
    const named = arbitraryElection({ irregular: true }).chain((election) =>
      fc
        .record({
          names: fc.uniqueArray(name, {
            minLength: election.candidates.length,
            maxLength: election.candidates.length,
          }),
          title: fc.option(name, { nil: undefined }),
        })
        .map(({ names, title }) => ({
          ...election,
          candidates: names,
          ...(title === undefined ? {} : { title }),
        })),
    );
    fc.assert(
      fc.property(named, fc.boolean(), (election, nicknames) => {
        const read = withoutLines(parseBlt(writeBlt(election, { nicknames }), { mergeIdentical: false }));
        const { nicknames: written, ...rest } = read;
        expect(rest).toEqual(canonical(election));
        expect(written === undefined).toBe(!nicknames);
      }),
    );
  });
});

/**
 * Test support only (not exported from the package): a shorthand for hand-worked elections and
 * fast-check generators of small random elections for the property tests.
 */
import fc from 'fast-check';
import type { Ballot, Election, Rank } from './election';

/** Shape limits for generated elections. */
export interface ElectionShape {
  /** Fewest and most candidates. */
  readonly candidates?: readonly [number, number];
  /** Most ballot lines. */
  readonly maxBallots?: number;
  /** Most papers per ballot line. */
  readonly maxWeight?: number;
  /** Whether ranks may be equal, skipped or repeated and candidates withdrawn. */
  readonly irregular?: boolean;
}

/** Strict preference lists (prefixes of permutations) over `count` candidates. */
function strictRanking(count: number): fc.Arbitrary<Rank[]> {
  return fc
    .shuffledSubarray(
      Array.from({ length: count }, (_, i) => i),
      { minLength: 1, maxLength: count },
    )
    .map((order) => [...order]);
}

/** Rankings that may also hold equal ranks, skipped ranks and repeats. */
function irregularRanking(count: number): fc.Arbitrary<Rank[]> {
  const candidate = fc.integer({ min: 0, max: count - 1 });
  const rank: fc.Arbitrary<Rank> = fc.oneof(
    { weight: 6, arbitrary: candidate },
    { weight: 1, arbitrary: fc.uniqueArray(candidate, { minLength: 2, maxLength: 3 }) },
    { weight: 1, arbitrary: fc.constant([]) },
  );
  return fc.array(rank, { minLength: 0, maxLength: count + 1 });
}

/** Generates an election; seats are between 1 and the number of candidates who have not withdrawn. */
export function arbitraryElection(shape: ElectionShape = {}): fc.Arbitrary<Election> {
  const [fewest, most] = shape.candidates ?? [2, 6];
  return fc.integer({ min: fewest, max: most }).chain((count) => {
    const ranking = shape.irregular ? irregularRanking(count) : strictRanking(count);
    const ballot: fc.Arbitrary<Ballot> = fc.record({
      weight: fc.integer({ min: 1, max: shape.maxWeight ?? 5 }),
      ranks: ranking,
    });
    const withdrawn = shape.irregular
      ? fc.uniqueArray(fc.integer({ min: 0, max: count - 1 }), { maxLength: Math.max(0, count - 2) })
      : fc.constant([]);
    return fc
      .tuple(withdrawn, fc.array(ballot, { minLength: 1, maxLength: shape.maxBallots ?? 25 }))
      .chain(([gone, ballots]) =>
        fc.integer({ min: 1, max: count - gone.length }).map((seats): Election => {
          // At least one paper names a candidate still standing, so there is a valid poll.
          const standing =
            Array.from({ length: count }, (_, i) => i).find((i) => !(gone as number[]).includes(i)) ?? 0;
          return {
            candidates: Array.from({ length: count }, (_, i) => `Candidate ${String.fromCharCode(65 + i)}`),
            seats,
            withdrawn: [...gone].sort((a, b) => a - b),
            ballots: [...ballots, { weight: 1, ranks: [standing] }],
          };
        }),
      );
  });
}

/**
 * Builds an election from a shorthand: candidates are single letters named by `names`
 * ("ABCD"), each ballot line is [papers, "ABD"] (preferences in order), withdrawn is letters.
 */
export function letters(names: string, seats: number, lines: [number, string][], withdrawn = ''): Election {
  const index = (letter: string): number => names.indexOf(letter);
  return {
    candidates: [...names],
    seats,
    withdrawn: [...withdrawn].map(index),
    ballots: lines.map(([weight, prefs]) => ({ weight, ranks: [...prefs].map(index) })),
  };
}

/** A result's JSON without the per-ballot notes, which name ballots by position and so change when the ballots are reordered or split. */
export function withoutNotes<T extends { ballots: { notes: unknown; notesOmitted: number } }>(json: T): T {
  return { ...json, ballots: { ...json.ballots, notes: [], notesOmitted: 0 } };
}

/** An election without the BLT line numbers of its ballots, to compare with one built in code. */
export function withoutLines(election: Election): Election {
  const { ballotLines: _, ...rest } = election;
  return rest;
}

/**
 * Ballots packed in typed arrays, as the BLT reader reads them, so that a large file is counted
 * without building an object per ballot line. Ranks are encoded one Int32 each: candidate c as
 * c + 1, a skipped rank as 0, and an equal ranking as its members' c + 1 all negated except the
 * last. An Election read from BLT carries its packed ballots (see `packedBallotsOf`) and decodes
 * its `ballots` list only when something asks for it.
 */
import type { Ballot, Election, Rank } from './election';
import { ElectionInputError } from './errors';
import { SequenceTable } from './sequence-table';

/** Ballot lines in file order: line i has weight weights[i] and codes values[starts[i] … starts[i + 1]). */
export interface PackedBallots {
  /** Number of ballot lines. */
  readonly count: number;
  /** The encoded ranks of all lines, concatenated. */
  readonly values: Int32Array;
  /** Offsets into `values`; length count + 1. */
  readonly starts: Int32Array;
  /** Papers on each line. */
  readonly weights: Float64Array;
  /** File line number of each ballot line. */
  readonly lines: Int32Array;
}

const packedOf = new WeakMap<Election, PackedBallots>();

/** The packed ballots an election was read with, if it came from the BLT reader. */
export function packedBallotsOf(election: Election): PackedBallots | undefined {
  return packedOf.get(election);
}

/**
 * An Election whose `ballots` (and `ballotLines`) are decoded from `packed` on first use,
 * identical lines merged in order of first appearance if `merge` is set.
 */
export function electionFromPacked(
  fields: Omit<Election, 'ballots' | 'ballotLines'>,
  packed: PackedBallots,
  merge: boolean,
): Election {
  let decoded: { ballots: Ballot[]; lines: number[] } | undefined;
  const decode = () => {
    decoded ??= decodePacked(packed, merge);
    return decoded;
  };
  const election = Object.defineProperties(
    { ...fields },
    {
      ballots: { enumerable: true, get: () => decode().ballots },
      ballotLines: { enumerable: true, get: () => decode().lines },
    },
  ) as Election;
  packedOf.set(election, packed);
  return election;
}

function decodePacked(packed: PackedBallots, merge: boolean): { ballots: Ballot[]; lines: number[] } {
  const { count, values, starts, weights, lines } = packed;
  const table = merge ? new SequenceTable(count) : undefined;
  const ballots: Ballot[] = [];
  const firstLines: number[] = [];
  const ranks: Rank[][] = [];
  for (let i = 0; i < count; i++) {
    const from = starts[i] ?? 0;
    const to = starts[i + 1] ?? 0;
    const weight = weights[i] ?? 0;
    if (table !== undefined && table.add(values.subarray(from, to), to - from, weight) !== ranks.length)
      continue;
    ranks.push(decodeRanks(values, from, to));
    firstLines.push(lines[i] ?? 0);
  }
  ranks.forEach((list, i) => {
    ballots.push({ weight: table ? table.weight(i) : (weights[i] ?? 0), ranks: list });
  });
  return { ballots, lines: firstLines };
}

/** Turns encoded ranks values[from … to) back into ranks with 0-based candidates. */
export function decodeRanks(values: Int32Array, from: number, to: number): Rank[] {
  const ranks: Rank[] = [];
  for (let i = from; i < to; i++) {
    const code = values[i] ?? 0;
    if (code >= 0) {
      ranks.push(code === 0 ? [] : code - 1);
      continue;
    }
    const members = [-code - 1];
    for (i++; i < to && (values[i] ?? 0) < 0; i++) members.push(-(values[i] ?? 0) - 1);
    members.push((values[i] ?? 0) - 1);
    ranks.push(members);
  }
  return ranks;
}

/**
 * Encodes a ballot's ranks into `into` from position 0 (growing it if needed) and returns the
 * length and the array; throws ElectionInputError for a rank that is not a candidate index.
 */
export function encodeRanks(
  ranks: readonly Rank[],
  into: Int32Array,
  candidateCount: number,
  ballot: number,
): { length: number; codes: Int32Array } {
  let codes = into;
  let length = 0;
  const put = (code: number): void => {
    if (length === codes.length) {
      const larger = new Int32Array(codes.length * 2 + 8);
      larger.set(codes);
      codes = larger;
    }
    codes[length++] = code;
  };
  const check = (value: number, r: number): void => {
    if (!Number.isInteger(value) || value < 0 || value >= candidateCount) {
      throw new ElectionInputError(`ballots[${ballot}].ranks[${r}]`, `${value} is not a candidate index.`);
    }
  };
  ranks.forEach((rank, r) => {
    if (typeof rank === 'number') {
      check(rank, r);
      put(rank + 1);
      return;
    }
    if (rank.length === 0) {
      put(0);
      return;
    }
    rank.forEach((member, m) => {
      check(member, r);
      put(m === rank.length - 1 ? member + 1 : -member - 1);
    });
  });
  return { length, codes };
}

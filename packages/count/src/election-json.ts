/**
 * JSON ballots, for the HTTP API and for paper ballot piles entered in the web page:
 *
 *   { "title": "Ward 1", "candidates": ["Ann", "Bob", "Cy"], "seats": 1, "withdrawn": ["Cy"],
 *     "ballots": [{ "weight": 12, "ranking": ["Ann", ["Bob", "Cy"], [], "Cy"] }] }
 *
 * A candidate is referred to by exact name or by 1-based number (as in BLT). In `ranking`, a list
 * is an equal ranking and an empty list a skipped rank. `weight` defaults to 1; `title` and
 * `withdrawn` are optional.
 */
import { type Ballot, type Election, type Rank, validateElectionHeader } from './election';
import { ElectionInputError } from './errors';

/** Builds an Election from parsed JSON, throwing ElectionInputError with the path of the first problem. */
export function electionFromJson(input: unknown): Election {
  const root = asRecord(input, '$');
  const candidates = asArray(root.candidates, 'candidates').map((name, i) => {
    if (typeof name !== 'string')
      throw new ElectionInputError(`candidates[${i}]`, 'a candidate name must be a string.');
    return name;
  });
  const indexByName = new Map(candidates.map((name, index) => [name, index]));
  const resolve = (value: unknown, path: string): number => {
    if (typeof value === 'string') {
      const index = indexByName.get(value);
      if (index === undefined) throw new ElectionInputError(path, `"${value}" is not a candidate.`);
      return index;
    }
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= candidates.length) {
      return value - 1;
    }
    throw new ElectionInputError(
      path,
      `expected a candidate name or a number from 1 to ${candidates.length}.`,
    );
  };
  const seats = root.seats;
  if (typeof seats !== 'number')
    throw new ElectionInputError('seats', 'the number of seats must be a number.');
  const withdrawn =
    root.withdrawn === undefined
      ? []
      : asArray(root.withdrawn, 'withdrawn').map((value, i) => resolve(value, `withdrawn[${i}]`));
  const ballots = asArray(root.ballots, 'ballots').map((value, i): Ballot => {
    const path = `ballots[${i}]`;
    const ballot = asRecord(value, path);
    const weight = ballot.weight ?? 1;
    if (typeof weight !== 'number' || !Number.isSafeInteger(weight) || weight < 1) {
      throw new ElectionInputError(`${path}.weight`, 'the weight must be a whole number of at least 1.');
    }
    const ranks = asArray(ballot.ranking, `${path}.ranking`).map((rank, r): Rank => {
      const rankPath = `${path}.ranking[${r}]`;
      if (Array.isArray(rank)) return rank.map((member: unknown, m) => resolve(member, `${rankPath}[${m}]`));
      return resolve(rank, rankPath);
    });
    return { weight, ranks };
  });
  const title = root.title;
  if (title !== undefined && typeof title !== 'string') {
    throw new ElectionInputError('title', 'the title must be a string.');
  }
  const election: Election = {
    candidates,
    seats,
    withdrawn,
    ballots,
    ...(title === undefined ? {} : { title }),
  };
  validateElectionHeader(election);
  return election;
}

function asRecord(value: unknown, path: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ElectionInputError(path, 'expected an object.');
  }
  return value as Record<string, unknown>;
}

function asArray(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new ElectionInputError(path, 'expected a list.');
  return value;
}

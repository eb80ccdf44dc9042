import { editDistance } from './edit-distance';
import type { BoundarySet, Constituency } from './types';

/** A seat offered as a possible meaning of a query. */
export interface SeatSuggestion {
  code: string;
  name: string;
  boundarySet: BoundarySet;
}

/** A seat query that could not be resolved to exactly one seat. */
export abstract class SeatLookupError extends Error {
  constructor(
    /** The query as given. */
    readonly query: string,
    /** The closest seats, best first. */
    readonly suggestions: readonly SeatSuggestion[],
    message: string,
  ) {
    super(message);
  }
}

const describe = (suggestions: readonly SeatSuggestion[]): string =>
  suggestions.map((seat) => `${seat.name} (${seat.code}, ${seat.boundarySet} boundaries)`).join('; ');

/** No seat has this code or name; the closest names are suggested. */
export class UnknownSeatError extends SeatLookupError {
  override readonly name = 'UnknownSeatError';

  constructor(query: string, suggestions: readonly SeatSuggestion[]) {
    super(
      query,
      suggestions,
      `No seat matches "${query}".${suggestions.length > 0 ? ` Closest: ${describe(suggestions)}.` : ''}`,
    );
  }
}

/** Several seats match this name equally well; they are listed. */
export class AmbiguousSeatError extends SeatLookupError {
  override readonly name = 'AmbiguousSeatError';

  constructor(query: string, suggestions: readonly SeatSuggestion[]) {
    super(
      query,
      suggestions,
      `"${query}" matches several seats: ${describe(suggestions)}. Give the full name or code.`,
    );
  }
}

/** Options for seat lookup. */
export interface SeatLookupOptions {
  /** Only consider seats on this boundary set. */
  boundarySet?: BoundarySet;
  /** How many suggestions an error carries (default 5). */
  suggestions?: number;
}

/** Folds a seat name for matching: lower case, "&" as "and", punctuation dropped, spaces collapsed. */
export function normaliseSeatName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const newestFirst = (a: Constituency, b: Constituency): number => b.boundarySet.localeCompare(a.boundarySet);
const suggestion = (seat: Constituency): SeatSuggestion => ({
  code: seat.code,
  name: seat.name,
  boundarySet: seat.boundarySet,
});

/** Keeps the newest seat of each name, so the same name on both boundary sets counts once. */
function newestPerName(seats: readonly Constituency[]): Constituency[] {
  const byName = new Map<string, Constituency>();
  for (const seat of [...seats].sort(newestFirst)) {
    const key = normaliseSeatName(seat.name);
    if (!byName.has(key)) byName.set(key, seat);
  }
  return [...byName.values()];
}

/**
 * Finds a seat by GSS code or name. An exact name (ignoring case, punctuation and "&" vs "and") wins;
 * when a name exists on both boundary sets the 2024-set seat is returned unless a set is given. Else
 * a query whose words all begin words of exactly one seat's name finds it. Otherwise throws
 * AmbiguousSeatError (several partial matches) or UnknownSeatError (closest names by edit distance).
 */
export function findSeat(
  constituencies: readonly Constituency[],
  query: string,
  options: SeatLookupOptions = {},
): Constituency {
  const limit = options.suggestions ?? 5;
  const seats = constituencies.filter(
    (seat) => options.boundarySet === undefined || seat.boundarySet === options.boundarySet,
  );
  const trimmed = query.trim();
  const byCode = seats.find((seat) => seat.code.toLowerCase() === trimmed.toLowerCase());
  if (byCode) return byCode;
  const key = normaliseSeatName(trimmed);
  const exact = seats.filter((seat) => normaliseSeatName(seat.name) === key).sort(newestFirst)[0];
  if (exact) return exact;

  const words = key.split(' ').filter((word) => word.length > 0);
  const partial = newestPerName(
    seats.filter((seat) => {
      const nameWords = normaliseSeatName(seat.name).split(' ');
      return (
        words.length > 0 && words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)))
      );
    }),
  );
  const [only, ...others] = partial;
  if (only && others.length === 0) return only;
  if (partial.length > 1) {
    throw new AmbiguousSeatError(
      query,
      partial
        .sort((a, b) => a.name.localeCompare(b.name))
        .slice(0, limit)
        .map(suggestion),
    );
  }
  const ranked = newestPerName(seats)
    .map((seat) => ({ seat, distance: editDistance(key, normaliseSeatName(seat.name)) }))
    .sort((a, b) => a.distance - b.distance || a.seat.name.localeCompare(b.seat.name));
  throw new UnknownSeatError(
    query,
    ranked.slice(0, limit).map((entry) => suggestion(entry.seat)),
  );
}

import { UnknownAreaError } from './analysis-error';
import { editDistance } from './edit-distance';
import { findNation, findRegion, NATIONS, REGIONS } from './regions';
import { findSeat } from './seat-lookup';
import type { BoundarySet, Constituency } from './types';

/** Which seats to include: filters combine (AND); `seats` starts from a list instead of all seats. */
export interface SeatSelection {
  /** England, Scotland, Wales or Northern Ireland (any case). */
  nation?: string;
  /** Region name or ONS code (any case), e.g. "North West" or "E12000002". */
  region?: string;
  /** County as the data names it (any case), e.g. "Kent". */
  county?: string;
  /** Seat codes or names to start from instead of all seats. */
  seats?: readonly string[];
  /** Seat codes or names to leave out. */
  exclude?: readonly string[];
}

const closest = (query: string, options: readonly string[]): string[] =>
  [...options]
    .sort(
      (a, b) =>
        editDistance(query.toLowerCase(), a.toLowerCase()) -
        editDistance(query.toLowerCase(), b.toLowerCase()),
    )
    .slice(0, 3);

/**
 * The seats of one boundary set matching a selection, in data order. Seat names are looked up on that
 * boundary set (unknown or ambiguous names throw the seat-lookup errors); unknown nations, regions and
 * counties throw UnknownAreaError with the closest valid names.
 */
export function selectSeats(
  constituencies: readonly Constituency[],
  boundarySet: BoundarySet,
  selection: SeatSelection,
): Constituency[] {
  const onSet = constituencies.filter((seat) => seat.boundarySet === boundarySet);
  const codesOf = (queries: readonly string[]): Set<string> =>
    new Set(queries.map((query) => findSeat(onSet, query, { boundarySet }).code));
  let seats =
    selection.seats === undefined
      ? onSet
      : onSet.filter((seat) => codesOf(selection.seats ?? []).has(seat.code));

  if (selection.nation !== undefined) {
    const nation = findNation(selection.nation);
    if (nation === undefined)
      throw new UnknownAreaError('nation', selection.nation, closest(selection.nation, NATIONS));
    seats = seats.filter((seat) => seat.nation === nation);
  }
  if (selection.region !== undefined) {
    const region = findRegion(selection.region);
    if (region === undefined) {
      throw new UnknownAreaError(
        'region',
        selection.region,
        closest(
          selection.region,
          REGIONS.map((known) => known.name),
        ),
      );
    }
    seats = seats.filter((seat) => seat.regionCode === region.code);
  }
  if (selection.county !== undefined) {
    const wanted = selection.county.trim().toLowerCase();
    const counties = [...new Set(onSet.map((seat) => seat.county))];
    if (!counties.some((county) => county.toLowerCase() === wanted)) {
      throw new UnknownAreaError('county', selection.county, closest(selection.county, counties));
    }
    seats = seats.filter((seat) => seat.county.toLowerCase() === wanted);
  }
  if (selection.exclude !== undefined && selection.exclude.length > 0) {
    const excluded = codesOf(selection.exclude);
    seats = seats.filter((seat) => !excluded.has(seat.code));
  }
  return seats;
}

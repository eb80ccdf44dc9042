import { type BoundarySet, NATIONS, normaliseSeatName, REGIONS } from '@caucus/elections';
import type { CachedResults } from './dataset-cache';

/** A seat as offered by the picker. */
export interface SeatListing {
  code: string;
  name: string;
  boundarySet: BoundarySet;
  nation: string;
  region: string;
  county: string;
}

/** Seats matching a search, plus the areas seats can be picked by. */
export interface SeatSearch {
  seats: SeatListing[];
  nations: string[];
  regions: string[];
  counties: string[];
}

/** What to search for: part of a name or code, on one boundary set or both. */
export interface SeatSearchInput {
  q?: string | undefined;
  boundarySet?: BoundarySet | undefined;
  limit?: number | undefined;
}

/** Seats whose name or code contains the query (all seats without one), alphabetically. */
export function searchSeats(results: CachedResults, input: SeatSearchInput): SeatSearch {
  const query = input.q === undefined ? '' : normaliseSeatName(input.q);
  const onSet = results.dataset.constituencies.filter(
    (seat) => input.boundarySet === undefined || seat.boundarySet === input.boundarySet,
  );
  const matches = onSet
    .filter(
      (seat) =>
        query === '' ||
        normaliseSeatName(seat.name).includes(query) ||
        seat.code.toLowerCase() === input.q?.trim().toLowerCase(),
    )
    .sort((a, b) => a.name.localeCompare(b.name) || a.boundarySet.localeCompare(b.boundarySet))
    .slice(0, input.limit ?? Number.POSITIVE_INFINITY);
  return {
    seats: matches.map((seat) => ({
      code: seat.code,
      name: seat.name,
      boundarySet: seat.boundarySet,
      nation: seat.nation,
      region: seat.regionName,
      county: seat.county,
    })),
    nations: [...NATIONS],
    regions: REGIONS.map((region) => region.name),
    counties: [...new Set(onSet.map((seat) => seat.county))].sort((a, b) => a.localeCompare(b)),
  };
}

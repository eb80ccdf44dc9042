// Shapes of the /api/results responses, built on the pure package's types.
import type {
  BaselineSeat,
  BoundarySet,
  ByElectionAnalysis,
  ElectionKind,
  ElectionSummary,
  RepeatedSwing,
} from '@caucus/elections';

/** A general election or notional set, as listed by the API. */
export interface ElectionListing {
  id: string;
  year: number;
  kind: ElectionKind;
  date: string;
  label: string;
  boundarySet: BoundarySet;
}

/** One hex of an election map with its winner. */
export interface MapHex {
  code: string;
  name: string;
  q: number;
  r: number;
  winner: string | null;
}

/** An election's totals and its map. */
export interface ElectionOverview extends ElectionSummary {
  boundarySet: BoundarySet;
  map: { layout: string; hexes: MapHex[] };
}

/** A seat offered by the picker. */
export interface SeatListing {
  code: string;
  name: string;
  boundarySet: BoundarySet;
  nation: string;
  region: string;
  county: string;
}

/** Seats and the areas they can be picked by. */
export interface SeatSearch {
  seats: SeatListing[];
  nations: string[];
  regions: string[];
  counties: string[];
}

/** A by-election analysed, with its swing repeated nationally. */
export interface ByElectionReport {
  analysis: ByElectionAnalysis;
  repeated: RepeatedSwing;
}

/** A projection baseline as JSON (typed arrays as plain arrays). */
export interface BaselineJson {
  election: string;
  parties: string[];
  seats: BaselineSeat[];
  shares: number[];
  weights: number[];
  othersLead: number[];
}

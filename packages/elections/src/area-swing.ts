import { butlerSwingOfChanges } from './butler-swing';
import { type ComparisonRequest, compareElections } from './compare-elections';
import type { BoundarySet, ElectionDataset } from './types';
import type { Change } from './vote-share';

/** Which two parties, between which elections, over which seats (one seat, a list, or an area). */
export interface SwingRequest extends ComparisonRequest {
  /** The swing is measured from the first party to the second. */
  parties: readonly [string, string];
}

/** Two-party Butler swing over a set of seats (the `caucus swing` JSON shape). */
export interface AreaSwing {
  from: number;
  to: number;
  fromElection: string;
  toElection: string;
  boundarySet: BoundarySet;
  seats: string[];
  swingFrom: string;
  swingTo: string;
  /** Share points (0.05 = 5 points); positive means towards `swingTo`. */
  swing: number;
  /** The two parties' shares of the valid votes in those seats at each election. */
  shares: Record<string, Change>;
}

/**
 * Butler swing between two parties over any set of seats between two elections, from their combined
 * votes (a single seat is a set of one). Uses the same boundary rules as compareElections: across the
 * 2024 change, the notional 2019 results stand in for 2019.
 */
export function areaSwing(dataset: ElectionDataset, request: SwingRequest): AreaSwing {
  const comparison = compareElections(dataset, request);
  const [swingFrom, swingTo] = request.parties;
  const none: Change = { from: 0, to: 0, change: 0 };
  return {
    from: comparison.from,
    to: comparison.to,
    fromElection: comparison.fromElection,
    toElection: comparison.toElection,
    boundarySet: comparison.boundarySet,
    seats: comparison.seats,
    swingFrom,
    swingTo,
    swing: butlerSwingOfChanges(comparison.shares, swingFrom, swingTo),
    shares: {
      [swingFrom]: comparison.shares[swingFrom] ?? none,
      [swingTo]: comparison.shares[swingTo] ?? none,
    },
  };
}

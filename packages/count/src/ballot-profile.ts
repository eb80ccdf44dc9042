/**
 * A preference profile: the valid ballots after the ballot rules, with identical preference
 * lists grouped into one weighted group and packed into typed arrays for fast counting.
 */

/** Grouped, packed ballots: group g prefers `prefs[start[g]]`, then `prefs[start[g] + 1]`, … up to `start[g + 1]`. */
export interface BallotProfile {
  /** Number of candidates in the election (indices in `prefs` are below this). */
  readonly candidateCount: number;
  /** Number of distinct preference lists. */
  readonly groupCount: number;
  /**
   * Concatenated preference lists of all groups (0-based candidate indices). A rank of equally
   * ranked candidates (Meek only) is its members in order, all but the last stored as −(c + 1).
   */
  readonly prefs: Int32Array;
  /** Offsets into `prefs`; length groupCount + 1. */
  readonly start: Int32Array;
  /** Per group: 1 when its preferences hold a rank of equally ranked candidates. */
  readonly tied: Uint8Array;
  /** Papers in each group (exact integers). */
  readonly weight: Float64Array;
  /** Total number of papers (the valid poll). */
  readonly papers: number;
}

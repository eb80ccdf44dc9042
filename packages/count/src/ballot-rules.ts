/**
 * Ballot rules: how each paper's marks become the preferences that are counted, and a report of
 * how many papers each rule touched. Applied in this order at every rank:
 *
 * - Withdrawn candidates are struck out as if never printed; a rank naming only withdrawn
 *   candidates is passed over.
 * - Skipped rank (`-`, e.g. a paper marked 1, 2, 4): `exhaust` (default, the paper stops at the
 *   gap, as "next preference" means the next number in the UK statutory rules) or `continue`.
 * - Repeated candidate (already ranked earlier): `skip` (default, the repeat is ignored) or
 *   `exhaust` (the paper stops there).
 * - Equal ranking (two or more candidates at one rank): `exhaust` (default for the statutory
 *   rules, the paper stops there: the preference is void for uncertainty, so an equal first
 *   preference makes the paper invalid), `skip` (that rank is passed over) or `share` (Meek
 *   only, its default: the paper's weight at that rank is shared among the equally ranked
 *   candidates, see meek-tally). For FPTP and block voting equal-ranked candidates are X marks
 *   instead: they all count if they fit in the seats, and otherwise the paper stops there (an
 *   over-vote).
 * - A paper left with no preference at all is invalid and not part of the valid poll; `empty`
 *   counts the invalid papers that name no (non-withdrawn) candidate at all.
 */
import type { BallotProfile } from './ballot-profile';
import type { Election } from './election';
import { ElectionInputError } from './errors';
import { encodeRanks, packedBallotsOf } from './packed-ballots';
import { SequenceTable } from './sequence-table';

/** How irregular markings are treated (see module comment). */
export interface BallotRules {
  /** Two or more candidates at one rank. */
  readonly equalRanking: 'exhaust' | 'skip' | 'share';
  /** A rank with no candidate before later preferences. */
  readonly skippedRank: 'exhaust' | 'continue';
  /** A candidate ranked again after an earlier rank. */
  readonly repeatedCandidate: 'skip' | 'exhaust';
}

/** The default ballot rules, matching UK statutory STV counting. */
export const DEFAULT_BALLOT_RULES: BallotRules = {
  equalRanking: 'exhaust',
  skippedRank: 'exhaust',
  repeatedCandidate: 'skip',
};

/** Most ballot lines reported one by one in BallotReport.notes (the counts cover them all). */
export const MAX_BALLOT_NOTES = 1000;

/** What a ballot rule did to one ballot line (the first irregular mark on it). */
export interface BallotNote {
  /** Line of the BLT file it came from, when read from one. */
  readonly line?: number;
  /** Otherwise its 1-based position in the election's list of ballots. */
  readonly ballot?: number;
  /** Papers on that line. */
  readonly papers: number;
  /** The irregular marking. */
  readonly issue: 'equal-ranking' | 'skipped-rank' | 'repeated-candidate';
  /** The preference (1-based rank) where it is. */
  readonly rank: number;
  /** What the rule did: the paper stopped there, became invalid, the rank was passed over, the repeat ignored, or the weight shared (Meek). */
  readonly effect: 'stopped' | 'invalid' | 'passed-over' | 'ignored' | 'shared';
}

/** What the ballot rules found, in papers (ballot weights). */
export interface BallotReport {
  /** All papers. */
  readonly cast: number;
  /** Papers with a countable first preference: the valid poll. */
  readonly valid: number;
  /** Papers without one (cast − valid). */
  readonly invalid: number;
  /** Invalid papers that name no candidate at all, withdrawn candidates apart. */
  readonly empty: number;
  /** Papers on which the equal-ranking rule was applied (an over-vote for FPTP and block). */
  readonly equalRanking: number;
  /** Papers with a skipped rank. */
  readonly skippedRank: number;
  /** Papers ranking a candidate more than once. */
  readonly repeatedCandidate: number;
  /** Papers ranking a withdrawn candidate. */
  readonly withdrawnPreference: number;
  /** Distinct preference lists counted (after the rules). */
  readonly distinct: number;
  /** The irregular ballot lines one by one, in ballot order (at most MAX_BALLOT_NOTES). */
  readonly notes: readonly BallotNote[];
  /** Irregular ballot lines left out of `notes`. */
  readonly notesOmitted: number;
}

const EQUAL = 1;
const SKIPPED = 2;
const REPEATED = 4;
const WITHDRAWN = 8;

/**
 * Calls `visit` for every ballot with its encoded ranks (see packed-ballots): straight from the
 * packed arrays of an election read from BLT, otherwise encoding each ballot in turn.
 */
function forEachBallot(
  election: Election,
  visit: (weight: number, codes: Int32Array, from: number, to: number, index: number, line?: number) => void,
): void {
  const packed = packedBallotsOf(election);
  if (packed) {
    const { count, values, starts, weights, lines } = packed;
    for (let i = 0; i < count; i++)
      visit(weights[i] ?? 0, values, starts[i] ?? 0, starts[i + 1] ?? 0, i, lines[i]);
    return;
  }
  let scratch: Int32Array = new Int32Array(64);
  const count = election.candidates.length;
  election.ballots.forEach((ballot, index) => {
    const { length, codes } = encodeRanks(ballot.ranks, scratch, count, index);
    scratch = codes;
    visit(ballot.weight, codes, 0, length, index, election.ballotLines?.[index]);
  });
}

/** A table sized for the election's ballots (packed ones are not decoded to find out). */
function tableFor(election: Election): SequenceTable {
  const packed = packedBallotsOf(election);
  return packed
    ? new SequenceTable(packed.count, packed.values.length)
    : new SequenceTable(election.ballots.length);
}

/** Applies the ballot rules to every paper and groups identical preference lists into a profile. */
export function buildProfile(
  election: Election,
  rules: BallotRules,
): { profile: BallotProfile; report: BallotReport } {
  const reader = new PaperReader(election, rules, 0);
  const groups = tableFor(election);
  let papers = 0;
  forEachBallot(election, (weight, codes, from, to, index, line) => {
    const length = reader.read(weight, codes, from, to, index, line);
    if (length === 0) return;
    groups.add(reader.sequence, length, weight);
    papers += weight;
  });
  const { values, starts, weights } = groups.pack();
  const tied = new Uint8Array(groups.count);
  for (let g = 0; g < groups.count; g++) {
    for (let p = starts[g] ?? 0; p < (starts[g + 1] ?? 0); p++) {
      if ((values[p] ?? 0) < 0) {
        tied[g] = 1;
        break;
      }
    }
  }
  const profile: BallotProfile = {
    candidateCount: election.candidates.length,
    groupCount: groups.count,
    prefs: values,
    start: starts,
    weight: weights,
    tied,
    papers,
  };
  return { profile, report: reader.report(groups.count) };
}

/**
 * Reads every paper as X votes for up to `marks` candidates (FPTP: 1, block vote: seats): the
 * first `marks` preferences, equal rankings included when they fit. Returns votes per candidate.
 */
export function tallyMarks(
  election: Election,
  rules: BallotRules,
  marks: number,
): { votes: number[]; report: BallotReport } {
  const reader = new PaperReader(election, rules, marks);
  const votes = election.candidates.map(() => 0);
  const distinct = new Set<string>();
  forEachBallot(election, (weight, codes, from, to, index, line) => {
    const length = reader.read(weight, codes, from, to, index, line);
    const chosen = Array.from(reader.sequence.subarray(0, length)).sort((a, b) => a - b);
    if (length > 0) distinct.add(chosen.join(' '));
    for (const candidate of chosen) votes[candidate] = (votes[candidate] ?? 0) + weight;
  });
  return { votes, report: reader.report(distinct.size) };
}

/** Reads papers one at a time into `sequence`, accumulating the report. */
class PaperReader {
  /** The preferences read from the last paper. */
  readonly sequence: Int32Array;
  private readonly withdrawn: Uint8Array;
  private readonly seen: Int32Array;
  private stamp = 0;
  private readonly group: number[] = [];
  private cast = 0;
  private valid = 0;
  private empty = 0;
  private equal = 0;
  private skipped = 0;
  private repeated = 0;
  private withdrawnPapers = 0;
  private readonly notes: BallotNote[] = [];
  private notesOmitted = 0;
  private note: Omit<BallotNote, 'ballot' | 'line' | 'papers' | 'effect'> & {
    effect: BallotNote['effect'] | 'stop';
  } = { issue: 'equal-ranking', rank: 0, effect: 'stop' };
  private noted = false;
  /** Whether readPlain may be tried: no withdrawn candidates, ranked reading. */
  private readonly plain: boolean;

  constructor(
    election: Election,
    private readonly rules: BallotRules,
    /** 0 for ranked reading, otherwise the number of X marks allowed. */
    private readonly marks: number,
  ) {
    const count = election.candidates.length;
    this.sequence = new Int32Array(count);
    this.seen = new Int32Array(count);
    this.withdrawn = new Uint8Array(count);
    for (const index of election.withdrawn) this.withdrawn[index] = 1;
    this.plain = election.withdrawn.length === 0 && marks === 0;
  }

  /** Reads one paper from its encoded ranks codes[from … to); returns how many preferences were kept in `sequence`. */
  read(weight: number, codes: Int32Array, from: number, to: number, index: number, line?: number): number {
    if (!Number.isSafeInteger(weight) || weight < 1) {
      throw new ElectionInputError(
        `ballots[${index}].weight`,
        'the weight must be a whole number of at least 1.',
      );
    }
    this.stamp++;
    this.noted = false;
    if (this.plain) {
      const length = this.readPlain(codes, from, to);
      if (length >= 0) {
        this.cast += weight;
        if (length > 0) this.valid += weight;
        else this.empty += weight;
        return length;
      }
      this.stamp++;
    }
    let length = 0;
    let flags = 0;
    const { rules, marks } = this;
    let rank = 0;
    for (let i = from; i < to; i++, rank++) {
      if (marks > 0 && length === marks) break;
      const code = codes[i] ?? 0;
      if (code > 0) {
        const candidate = code - 1;
        if (this.withdrawn[candidate] === 1) {
          flags |= WITHDRAWN;
        } else if (this.seen[candidate] === this.stamp) {
          flags |= REPEATED;
          this.mark('repeated-candidate', rank, rules.repeatedCandidate === 'exhaust' ? 'stop' : 'ignored');
          if (rules.repeatedCandidate === 'exhaust') break;
        } else {
          this.seen[candidate] = this.stamp;
          this.sequence[length++] = candidate;
        }
        continue;
      }
      if (code === 0) {
        flags |= SKIPPED;
        this.mark('skipped-rank', rank, rules.skippedRank === 'exhaust' ? 'stop' : 'passed-over');
        if (rules.skippedRank === 'exhaust') break;
        continue;
      }
      // An equal ranking: negated members, then the last one positive.
      const fresh = this.group;
      fresh.length = 0;
      let repeatedHere = false;
      for (; i < to; i++) {
        const member = codes[i] ?? 0;
        const candidate = member < 0 ? -member - 1 : member - 1;
        if (this.withdrawn[candidate] === 1) flags |= WITHDRAWN;
        else if (this.seen[candidate] === this.stamp || fresh.includes(candidate)) repeatedHere = true;
        else fresh.push(candidate);
        if (member > 0) break;
      }
      if (repeatedHere) {
        flags |= REPEATED;
        this.mark('repeated-candidate', rank, rules.repeatedCandidate === 'exhaust' ? 'stop' : 'ignored');
        if (rules.repeatedCandidate === 'exhaust') break;
      }
      if (fresh.length === 0) continue;
      if (fresh.length > 1 && marks === 0) {
        flags |= EQUAL;
        const effect = { exhaust: 'stop', skip: 'passed-over', share: 'shared' } as const;
        this.mark('equal-ranking', rank, effect[rules.equalRanking]);
        if (rules.equalRanking === 'exhaust') break;
        if (rules.equalRanking === 'skip') continue;
        // Shared: every member but the last is stored as −(c + 1), so the rank reads as one unit.
        fresh.sort((x, y) => x - y);
        fresh.forEach((member, m) => {
          this.seen[member] = this.stamp;
          this.sequence[length++] = m === fresh.length - 1 ? member : -member - 1;
        });
        continue;
      }
      if (marks > 0 && length + fresh.length > marks) {
        flags |= EQUAL;
        this.mark('equal-ranking', rank, 'stop');
        break;
      }
      for (const member of fresh) {
        this.seen[member] = this.stamp;
        this.sequence[length++] = member;
      }
    }
    this.tallyPaper(weight, flags, length, codes, from, to);
    if (this.noted) this.addNote(index, line, weight, length);
    return length;
  }

  /**
   * The common case in a tight loop: distinct single candidates, none withdrawn. Returns how many
   * were read into `sequence`, or -1 if the paper has anything else (read() then reads it fully).
   */
  private readPlain(codes: Int32Array, from: number, to: number): number {
    const { sequence, seen, stamp } = this;
    let length = 0;
    for (let i = from; i < to; i++) {
      const code = codes[i] ?? 0;
      if (code <= 0) return -1;
      const candidate = code - 1;
      if (seen[candidate] === stamp) return -1;
      seen[candidate] = stamp;
      sequence[length++] = candidate;
    }
    return length;
  }

  /** Remembers the first irregular mark on the paper being read. */
  private mark(issue: BallotNote['issue'], rank: number, effect: BallotNote['effect'] | 'stop'): void {
    if (this.noted) return;
    this.noted = true;
    this.note = { issue, rank: rank + 1, effect };
  }

  private addNote(index: number, line: number | undefined, weight: number, length: number): void {
    if (this.notes.length >= MAX_BALLOT_NOTES) {
      this.notesOmitted++;
      return;
    }
    const { issue, rank, effect } = this.note;
    this.notes.push({
      ...(line === undefined ? { ballot: index + 1 } : { line }),
      papers: weight,
      issue,
      rank,
      effect: effect !== 'stop' ? effect : length === 0 ? 'invalid' : 'stopped',
    });
  }

  private tallyPaper(
    weight: number,
    flags: number,
    length: number,
    codes: Int32Array,
    from: number,
    to: number,
  ): void {
    this.cast += weight;
    if (length > 0) this.valid += weight;
    else if (!this.namesAnyCandidate(codes, from, to)) this.empty += weight;
    if (flags & EQUAL) this.equal += weight;
    if (flags & SKIPPED) this.skipped += weight;
    if (flags & REPEATED) this.repeated += weight;
    if (flags & WITHDRAWN) this.withdrawnPapers += weight;
  }

  private namesAnyCandidate(codes: Int32Array, from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const code = codes[i] ?? 0;
      if (code !== 0 && this.withdrawn[code < 0 ? -code - 1 : code - 1] !== 1) return true;
    }
    return false;
  }

  report(distinct: number): BallotReport {
    return {
      cast: this.cast,
      valid: this.valid,
      invalid: this.cast - this.valid,
      empty: this.empty,
      equalRanking: this.equal,
      skippedRank: this.skipped,
      repeatedCandidate: this.repeated,
      withdrawnPreference: this.withdrawnPapers,
      distinct,
      notes: this.notes,
      notesOmitted: this.notesOmitted,
    };
  }
}

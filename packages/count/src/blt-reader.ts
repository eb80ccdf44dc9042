/**
 * BLT reader. The format (Hill, Wichmann & Woodall 1987, extended by OpenSTV and Droop) is
 * line-oriented here:
 *
 *   4 2                 candidates and seats
 *   -2                  optional: withdrawn candidates, each preceded by a minus sign
 *   3 1 3 4 0           weight, preferences (1-based), terminating 0; `2=3` ranks equal,
 *   (b7) 1 2 - 4 0      `-` is a skipped rank, an optional `(id)` before the weight is ignored
 *   0                   end of ballots
 *   "Adam"              one name per line: quoted, or unquoted (the whole line is the name);
 *   Basil SMITH (Lab)   several quoted names may share a line
 *   "Title"             optional title, quoted or not
 *
 * `#` starts a comment in the numeric part and on lines of quoted names; a line whose first
 * character is `#` is a comment anywhere. A byte-order mark and CRLF line ends are accepted.
 * Each ballot must be on one line. Identical ballot lines are merged into one ballot (weights
 * added, in order of first appearance) unless `mergeIdentical` is false.
 */
import type { Ballot, Election, Rank } from './election';
import { validateElectionHeader } from './election';
import { BltParseError } from './errors';
import { SequenceTable } from './sequence-table';

const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;
const QUOTE = 34;
const MINUS = 45;
const EQUALS = 61;
const OPEN = 40;
const ZERO = 48;
const NINE = 57;

/** Options for parseBlt. */
export interface BltReadOptions {
  /** Merge identical ballot lines into one ballot with their weights added (default true). */
  readonly mergeIdentical?: boolean;
}

/** Reads BLT text into an Election (candidate indices 0-based); throws BltParseError naming the line at fault. */
export function parseBlt(text: string, options: BltReadOptions = {}): Election {
  return new BltReader(text).read(options.mergeIdentical ?? true);
}

class BltReader {
  private readonly text: string;
  private lineStart = 0;
  private lineEnd = -1;
  private lineNumber = 0;
  private candidateCount = 0;
  /** Value of the integer last read by readInteger. */
  private integer = 0;
  /**
   * The ranks of the ballot line being read, encoded: a candidate c as c + 1, a skipped rank as
   * 0, and an equal ranking as its members' c + 1 all negated except the last.
   */
  private ranks = new Int32Array(64);
  /** Weight of the ballot line being read. */
  private weight = 0;

  constructor(text: string) {
    const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.text = unmarked.includes('\n') ? unmarked : unmarked.replaceAll('\r', '\n');
  }

  read(mergeIdentical: boolean): Election {
    if (!this.nextContentLine()) throw this.endOfFile('a header line "<candidates> <seats>"');
    const header = this.readHeader();
    this.candidateCount = header.candidates;
    if (!this.nextContentLine()) throw this.endOfFile('ballot lines and a closing 0');
    let withdrawn: number[] = [];
    if (this.text.charCodeAt(this.skipSpace(this.lineStart)) === MINUS) {
      withdrawn = this.readWithdrawn();
      if (!this.nextContentLine()) throw this.endOfFile('ballot lines and a closing 0');
    }
    const ballots = this.readBallots(mergeIdentical);
    const entries = this.readNames();
    if (entries.length < header.candidates) {
      throw this.endOfFile(`the name of candidate ${entries.length + 1}`);
    }
    const extra = entries[header.candidates + 1];
    if (extra !== undefined)
      throw new BltParseError(extra.line, 'end of file after the title', quote(extra.text));
    const title = entries[header.candidates]?.text;
    const election: Election = {
      candidates: entries.slice(0, header.candidates).map((entry) => entry.text),
      seats: header.seats,
      withdrawn,
      ballots,
      ...(title === undefined ? {} : { title }),
    };
    validateElectionHeader(election);
    return election;
  }

  /** Moves to the next line that is not blank or a comment; false at end of file. */
  private nextContentLine(): boolean {
    const { text } = this;
    while (this.lineEnd < text.length) {
      this.lineStart = this.lineEnd + 1;
      const newline = text.indexOf('\n', this.lineStart);
      this.lineEnd = newline === -1 ? text.length : newline;
      this.lineNumber++;
      const first = this.skipSpace(this.lineStart);
      if (first < this.lineEnd && text.charCodeAt(first) !== HASH) return true;
    }
    return false;
  }

  private skipSpace(from: number): number {
    const { text, lineEnd } = this;
    let i = from;
    for (;;) {
      const c = text.charCodeAt(i);
      if (i >= lineEnd || (c !== SPACE && c !== TAB && c !== CR)) return i;
      i++;
    }
  }

  /** True when only blanks or a comment remain on the line from `from`. */
  private restIsEmpty(from: number): boolean {
    const i = this.skipSpace(from);
    return i >= this.lineEnd || this.text.charCodeAt(i) === HASH;
  }

  /** Reads an unsigned integer at `from` into `this.integer`; returns where it ends, or -1 if no number is there. */
  private readInteger(from: number): number {
    const { text, lineEnd } = this;
    let i = from;
    let value = 0;
    for (; i < lineEnd; i++) {
      const c = text.charCodeAt(i);
      if (c < ZERO || c > NINE) break;
      value = value * 10 + (c - ZERO);
    }
    if (i === from || !Number.isSafeInteger(value)) return -1;
    this.integer = value;
    return i;
  }

  /** True when position `i` ends a token (blank, comment or end of line). */
  private atTokenEnd(i: number): boolean {
    const c = this.text.charCodeAt(i);
    return i >= this.lineEnd || c === SPACE || c === TAB || c === CR || c === HASH;
  }

  private readHeader(): { candidates: number; seats: number } {
    const first = this.skipSpace(this.lineStart);
    const candidatesEnd = this.readInteger(first);
    const candidates = this.integer;
    if (candidatesEnd < 0 || candidates < 1 || !this.atTokenEnd(candidatesEnd)) {
      throw this.errorAt(first, 'the number of candidates (a whole number of at least 1)');
    }
    const second = this.skipSpace(candidatesEnd);
    const seatsEnd = this.readInteger(second);
    const seats = this.integer;
    if (seatsEnd < 0 || seats < 1 || !this.atTokenEnd(seatsEnd)) {
      throw this.errorAt(second, 'the number of seats (a whole number of at least 1)');
    }
    if (!this.restIsEmpty(seatsEnd)) throw this.errorAt(this.skipSpace(seatsEnd), 'end of the header line');
    return { candidates, seats };
  }

  private readWithdrawn(): number[] {
    const withdrawn: number[] = [];
    let i = this.skipSpace(this.lineStart);
    while (!this.restIsEmpty(i)) {
      const end = this.text.charCodeAt(i) === MINUS ? this.readInteger(i + 1) : -1;
      if (end < 0 || !this.atTokenEnd(end) || !this.isCandidateNumber(this.integer)) {
        throw this.errorAt(i, `a withdrawn candidate as -1 to -${this.candidateCount}`);
      }
      if (!withdrawn.includes(this.integer - 1)) withdrawn.push(this.integer - 1);
      i = this.skipSpace(end);
    }
    return withdrawn.sort((a, b) => a - b);
  }

  /** Reads ballot lines up to the closing 0, merging identical lines if asked. */
  private readBallots(mergeIdentical: boolean): Ballot[] {
    const lines = mergeIdentical ? new SequenceTable() : undefined;
    const ranks: Rank[][] = [];
    const weights: number[] = [];
    for (;;) {
      const length = this.readBallot();
      if (length < 0) break;
      if (lines === undefined || lines.add(this.ranks, length, this.weight) === ranks.length) {
        ranks.push(decodeRanks(this.ranks, length));
        weights.push(this.weight);
      }
      if (!this.nextContentLine()) throw this.endOfFile('a line holding 0 to end the ballots');
    }
    return ranks.map((list, i) => ({ weight: lines ? lines.weight(i) : (weights[i] ?? 0), ranks: list }));
  }

  /** Reads the ballot on the current line into `weight` and `ranks`; returns the encoded length, or -1 for the closing 0. */
  private readBallot(): number {
    const { text } = this;
    let i = this.skipSpace(this.lineStart);
    if (text.charCodeAt(i) === OPEN) {
      const close = text.indexOf(')', i);
      if (close === -1 || close >= this.lineEnd) throw this.errorAt(i, 'a closing ")" after the ballot id');
      i = this.skipSpace(close + 1);
    }
    const weightEnd = this.readInteger(i);
    if (weightEnd < 0 || !this.atTokenEnd(weightEnd)) throw this.errorAt(i, 'a ballot weight');
    if (this.integer === 0) {
      if (!this.restIsEmpty(weightEnd))
        throw this.errorAt(i, 'a ballot weight of at least 1, or 0 alone to end');
      return -1;
    }
    this.weight = this.integer;
    let length = 0;
    i = weightEnd;
    for (;;) {
      i = this.skipSpace(i);
      if (this.restIsEmpty(i)) throw this.errorAt(i, 'a candidate number, or 0 to end the ballot');
      if (length + 1 >= this.ranks.length) this.growRanks();
      if (text.charCodeAt(i) === MINUS && this.atTokenEnd(i + 1)) {
        this.ranks[length++] = 0;
        i++;
        continue;
      }
      const start = i;
      const end = this.readInteger(i);
      if (end < 0) throw this.errorAt(i, 'a candidate number, or 0 to end the ballot');
      if (this.integer === 0 && this.atTokenEnd(end)) {
        if (!this.restIsEmpty(end)) throw this.errorAt(this.skipSpace(end), 'end of line after the 0');
        return length;
      }
      if (!this.isCandidateNumber(this.integer)) throw this.errorAt(start, this.candidateExpected());
      i = end;
      // An equal ranking `a=b=c`: every member but the last is stored negated.
      while (text.charCodeAt(i) === EQUALS) {
        this.ranks[length++] = -this.integer;
        if (length + 1 >= this.ranks.length) this.growRanks();
        const next = this.readInteger(i + 1);
        if (next < 0 || !this.isCandidateNumber(this.integer)) {
          throw this.errorAt(i + 1, `${this.candidateExpected()} after "="`);
        }
        i = next;
      }
      if (!this.atTokenEnd(i)) throw this.errorAt(start, this.candidateExpected());
      this.ranks[length++] = this.integer;
    }
  }

  private growRanks(): void {
    const larger = new Int32Array(this.ranks.length * 2);
    larger.set(this.ranks);
    this.ranks = larger;
  }

  private candidateExpected(): string {
    return `a candidate number from 1 to ${this.candidateCount}`;
  }

  private isCandidateNumber(value: number): boolean {
    return value >= 1 && value <= this.candidateCount;
  }

  /** Reads candidate names and the title: every remaining entry with its line number. */
  private readNames(): { text: string; line: number }[] {
    const entries: { text: string; line: number }[] = [];
    const { text } = this;
    while (this.nextContentLine()) {
      let i = this.skipSpace(this.lineStart);
      if (text.charCodeAt(i) !== QUOTE) {
        entries.push({ text: text.slice(i, this.lineEnd).trimEnd(), line: this.lineNumber });
        continue;
      }
      while (!this.restIsEmpty(i)) {
        if (text.charCodeAt(i) !== QUOTE) throw this.errorAt(i, 'a quoted name or end of line');
        const close = text.indexOf('"', i + 1);
        if (close === -1 || close >= this.lineEnd) throw this.errorAt(i, 'a closing quote');
        entries.push({ text: text.slice(i + 1, close), line: this.lineNumber });
        i = this.skipSpace(close + 1);
      }
    }
    return entries;
  }

  private errorAt(position: number, expected: string): BltParseError {
    let end = position;
    while (!this.atTokenEnd(end) && end - position < 20) end++;
    const found = this.restIsEmpty(position)
      ? 'end of line'
      : quote(this.text.slice(position, Math.max(end, position + 1)));
    return new BltParseError(this.lineNumber, expected, found);
  }

  /** Error for input that ends too early (reported on the last line). */
  private endOfFile(expected: string): BltParseError {
    return new BltParseError(this.lineNumber, expected, 'end of file');
  }
}

/** Turns an encoded ballot line (see BltReader.ranks) back into ranks with 0-based candidates. */
function decodeRanks(encoded: Int32Array, length: number): Rank[] {
  const ranks: Rank[] = [];
  for (let i = 0; i < length; i++) {
    const code = encoded[i] ?? 0;
    if (code >= 0) {
      ranks.push(code === 0 ? [] : code - 1);
      continue;
    }
    const members = [-code - 1];
    for (i++; i < length && (encoded[i] ?? 0) < 0; i++) members.push(-(encoded[i] ?? 0) - 1);
    members.push((encoded[i] ?? 0) - 1);
    ranks.push(members);
  }
  return ranks;
}

function quote(token: string): string {
  return JSON.stringify(token);
}

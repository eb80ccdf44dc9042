/**
 * BLT reader. The format (Hill, Wichmann & Woodall 1987, extended by OpenSTV, Droop and stv-rs)
 * is line-oriented here:
 *
 *   4 2                 candidates and seats
 *   -2                  optional: withdrawn candidates, each preceded by a minus sign
 *   [nick a b c d]      optional: nicknames that ballot lines may use instead of numbers
 *   [withdrawn b]       optional: withdrawn candidates by nickname or number
 *   [tie c b a d]       optional: the tie-breaking order fixed before the count
 *   3 1 3 4 0           weight, preferences (1-based or nicknames), terminating 0; `2=3` ranks
 *   (b7) 1 2 - 4 0      equal, `-` is a skipped rank, an optional `(id)` before the weight is ignored
 *   0                   end of ballots
 *   "Adam"              one name per line: quoted, or unquoted (the whole line is the name);
 *   Basil SMITH (Lab)   several quoted names may share a line
 *   "Title"             optional title, quoted or not
 *   "Source"            optional, quoted: Wichmann's source and comment fields
 *   "Comment"
 *   First Prefs …       anything else after the title (notes, tables) is a comment and is not read
 *
 * Option lines and the withdrawn line may come in any order between the header and the first
 * ballot; `[droop …]` (Droop's own options) is accepted and ignored. `#` starts a comment in the
 * numeric part and on lines of quoted names; a line whose first character is `#` is a comment
 * anywhere. A byte-order mark, CRLF or CR line ends and tabs are accepted. Each ballot must be on
 * one line. Identical ballot lines are merged into one ballot (weights added, in order of first
 * appearance) unless `mergeIdentical` is false.
 */
import type { Election } from './election';
import { validateElectionHeader } from './election';
import { BltParseError } from './errors';
import { electionFromPacked, type PackedBallots } from './packed-ballots';

const SPACE = 32;
const TAB = 9;
const CR = 13;
const HASH = 35;
const QUOTE = 34;
const MINUS = 45;
const EQUALS = 61;
const OPEN = 40;
const BRACKET = 91;
const ZERO = 48;
const NINE = 57;
/** readPlainBallot's answer for a line it leaves to readBallot. */
const FALL_BACK = -2;

/** Options for parseBlt. */
export interface BltReadOptions {
  /** Merge identical ballot lines into one ballot with their weights added (default true). */
  readonly mergeIdentical?: boolean;
}

/** Reads BLT text into an Election (candidate indices 0-based); throws BltParseError naming the line at fault. */
export function parseBlt(text: string, options: BltReadOptions = {}): Election {
  return new BltReader(text).read(options.mergeIdentical ?? true);
}

/** The tokens of a `[withdrawn …]` or `[tie …]` line, resolved once the nicknames are known. */
interface PendingOption {
  readonly name: 'withdrawn' | 'tie';
  readonly line: number;
  readonly tokens: readonly string[];
}

class BltReader {
  private readonly text: string;
  private lineStart = 0;
  private lineEnd = -1;
  private lineNumber = 0;
  private candidateCount = 0;
  /** Value of the integer last read by readInteger, or the 1-based candidate last read by readCandidate. */
  private integer = 0;
  /**
   * The ranks of the ballot line being read, encoded: a candidate c as c + 1, a skipped rank as
   * 0, and an equal ranking as its members' c + 1 all negated except the last.
   */
  private ranks = new Int32Array(64);
  /** Weight of the ballot line being read. */
  private weight = 0;
  /** Nickname → 1-based candidate number, from a `[nick …]` line. */
  private nicknames: Map<string, number> | undefined;
  private nicknameList: string[] | undefined;

  constructor(text: string) {
    const unmarked = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.text = unmarked.includes('\n') ? unmarked : unmarked.replaceAll('\r', '\n');
  }

  read(mergeIdentical: boolean): Election {
    if (!this.nextContentLine()) throw this.endOfFile('a header line "<candidates> <seats>"');
    const header = this.readHeader();
    this.candidateCount = header.candidates;
    if (!this.nextContentLine()) throw this.endOfFile('ballot lines and a closing 0');
    const withdrawn = new Set<number>();
    const pending: PendingOption[] = [];
    for (;;) {
      const first = this.text.charCodeAt(this.skipSpace(this.lineStart));
      if (first === MINUS) for (const index of this.readWithdrawn()) withdrawn.add(index);
      else if (first === BRACKET) this.readOption(pending);
      else break;
      if (!this.nextContentLine()) throw this.endOfFile('ballot lines and a closing 0');
    }
    let tieOrder: number[] | undefined;
    for (const option of pending) {
      const indices = option.tokens.map((token) => this.resolveOptionToken(token, option));
      if (option.name === 'withdrawn') for (const index of indices) withdrawn.add(index);
      else tieOrder = indices;
    }
    const tieLine = pending.find((option) => option.name === 'tie');
    if (tieOrder !== undefined && tieLine !== undefined)
      tieOrder = this.completeTieOrder(tieOrder, tieLine, withdrawn);
    const packed = this.readBallots();
    const entries = this.readNames(header.candidates + 3);
    if (entries.length < header.candidates) {
      throw this.endOfFile(`the name of candidate ${entries.length + 1}`);
    }
    const title = entries[header.candidates]?.text;
    const [source, comment] = entries.slice(header.candidates + 1);
    const election = electionFromPacked(
      {
        candidates: entries.slice(0, header.candidates).map((entry) => entry.text),
        seats: header.seats,
        withdrawn: [...withdrawn].sort((a, b) => a - b),
        ...(title === undefined ? {} : { title }),
        ...(source ? { source: source.text } : {}),
        ...(comment ? { comment: comment.text } : {}),
        ...(this.nicknameList ? { nicknames: this.nicknameList } : {}),
        ...(tieOrder ? { tieOrder } : {}),
      },
      packed,
      mergeIdentical,
    );
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

  /** Where the word starting at `from` ends: at a blank, a comment, `=` or the end of the line. */
  private wordEnd(from: number): number {
    let i = from;
    while (!this.atTokenEnd(i) && this.text.charCodeAt(i) !== EQUALS) i++;
    return i;
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
      withdrawn.push(this.integer - 1);
      i = this.skipSpace(end);
    }
    return withdrawn;
  }

  /** Reads a `[name …]` option line: nicknames at once, withdrawn and tie lines for later resolution. */
  private readOption(pending: PendingOption[]): void {
    const { text } = this;
    const open = this.skipSpace(this.lineStart);
    const close = text.indexOf(']', open);
    if (close === -1 || close >= this.lineEnd) throw this.errorAt(open, 'a closing "]" on the option line');
    if (!this.restIsEmpty(close + 1)) throw this.errorAt(this.skipSpace(close + 1), 'end of line after "]"');
    const [name, ...tokens] = text
      .slice(open + 1, close)
      .split(/[ \t]+/)
      .filter((token) => token !== '');
    if (name === 'droop') return;
    if (name === 'nick') {
      this.readNicknames(tokens, open);
      return;
    }
    if (name === 'withdrawn' || name === 'tie') {
      pending.push({ name, line: this.lineNumber, tokens });
      return;
    }
    throw this.errorAt(open, 'an option line [nick …], [withdrawn …], [tie …] or [droop …]');
  }

  private readNicknames(tokens: readonly string[], at: number): void {
    if (this.nicknames) throw this.errorAt(at, 'only one [nick …] line');
    if (tokens.length !== this.candidateCount) {
      throw new BltParseError(
        this.lineNumber,
        `${this.candidateCount} nicknames in [nick …], one per candidate`,
        `${tokens.length}`,
      );
    }
    const map = new Map<string, number>();
    tokens.forEach((token, index) => {
      if (/^\d+$/.test(token) || /[=#"()]/.test(token) || token === '-') {
        throw new BltParseError(
          this.lineNumber,
          'nicknames that are not numbers and hold no =, #, ", ( or )',
          quote(token),
        );
      }
      if (map.has(token)) {
        throw new BltParseError(this.lineNumber, 'a different nickname for each candidate', quote(token));
      }
      map.set(token, index + 1);
    });
    this.nicknames = map;
    this.nicknameList = [...tokens];
  }

  /** A candidate named on a [withdrawn] or [tie] line, by nickname or number, as a 0-based index. */
  private resolveOptionToken(token: string, option: PendingOption): number {
    const byNumber = /^\d+$/.test(token) ? Number(token) : undefined;
    const number = byNumber ?? this.nicknames?.get(token);
    if (number === undefined || !this.isCandidateNumber(number)) {
      throw new BltParseError(
        option.line,
        `a candidate ${this.nicknames ? 'nickname or ' : ''}number from 1 to ${this.candidateCount} in [${option.name} …]`,
        quote(token),
      );
    }
    return number - 1;
  }

  /** Checks a [tie] order names every candidate still standing once, and appends withdrawn ones it leaves out. */
  private completeTieOrder(
    order: readonly number[],
    option: PendingOption,
    withdrawn: Set<number>,
  ): number[] {
    const seen = new Set<number>();
    for (const index of order) {
      if (seen.has(index)) {
        throw new BltParseError(
          option.line,
          'each candidate once in [tie …]',
          `candidate ${index + 1} twice`,
        );
      }
      seen.add(index);
    }
    const missing: number[] = [];
    for (let index = 0; index < this.candidateCount; index++) {
      if (!seen.has(index) && !withdrawn.has(index)) missing.push(index + 1);
    }
    if (missing.length > 0) {
      throw new BltParseError(
        option.line,
        'every candidate who has not withdrawn in [tie …]',
        `no place for candidate${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      );
    }
    const rest = [...withdrawn].filter((index) => !seen.has(index)).sort((a, b) => a - b);
    return [...order, ...rest];
  }

  /** Reads ballot lines up to the closing 0 into packed arrays, with each line's number. */
  private readBallots(): PackedBallots {
    let values: Int32Array = new Int32Array(1 << 16);
    let starts: Int32Array = new Int32Array(1 << 12);
    let weights: Float64Array = new Float64Array(1 << 12);
    let lines: Int32Array = new Int32Array(1 << 12);
    let count = 0;
    let used = 0;
    for (;;) {
      let length = this.readPlainBallot();
      if (length === FALL_BACK) length = this.readBallot();
      if (length < 0) break;
      if (count + 1 >= starts.length) {
        starts = grow(starts, starts.length * 2);
        weights = growFloat(weights, weights.length * 2);
        lines = grow(lines, lines.length * 2);
      }
      if (used + length > values.length) values = grow(values, Math.max(values.length * 2, used + length));
      const { ranks } = this;
      for (let k = 0; k < length; k++) values[used + k] = ranks[k] ?? 0;
      used += length;
      weights[count] = this.weight;
      lines[count] = this.lineNumber;
      count++;
      starts[count] = used;
      if (!this.nextContentLine()) throw this.endOfFile('a line holding 0 to end the ballots');
    }
    return {
      count,
      values: values.subarray(0, used),
      starts: starts.subarray(0, count + 1),
      weights: weights.subarray(0, count),
      lines: lines.subarray(0, count),
    };
  }

  /**
   * The common case in one tight loop: a line of plain numbers, `weight c1 c2 … 0`, separated by
   * spaces. Reads it into `weight` and `ranks` and returns the length, or FALL_BACK for anything
   * else (ids, equal ranks, nicknames, comments, errors), which readBallot then reads.
   */
  private readPlainBallot(): number {
    const { text, lineEnd, candidateCount } = this;
    let i = this.lineStart;
    let c = text.charCodeAt(i);
    while (c === SPACE) c = text.charCodeAt(++i);
    let weight = 0;
    const weightStart = i;
    while (c >= ZERO && c <= NINE) {
      weight = weight * 10 + (c - ZERO);
      c = text.charCodeAt(++i);
    }
    if (weight === 0 || i - weightStart > 15) return FALL_BACK;
    let ranks = this.ranks;
    let length = 0;
    for (;;) {
      if (c !== SPACE) return FALL_BACK;
      while (c === SPACE) c = text.charCodeAt(++i);
      const start = i;
      let value = 0;
      while (c >= ZERO && c <= NINE) {
        value = value * 10 + (c - ZERO);
        c = text.charCodeAt(++i);
      }
      if (i === start || i - start > 9) return FALL_BACK;
      if (value === 0) {
        if (i - start !== 1) return FALL_BACK;
        while (c === SPACE || c === CR) c = text.charCodeAt(++i);
        if (i !== lineEnd) return FALL_BACK;
        this.weight = weight;
        return length;
      }
      if (value > candidateCount) return FALL_BACK;
      if (length + 1 >= ranks.length) {
        this.growRanks();
        ranks = this.ranks;
      }
      ranks[length++] = value;
    }
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
      if (this.restIsEmpty(i)) {
        throw this.errorAt(
          i,
          `${this.nicknames ? 'a candidate nickname or number' : 'a candidate number'}, or 0 to end the ballot`,
        );
      }
      if (length + 1 >= this.ranks.length) this.growRanks();
      if (text.charCodeAt(i) === MINUS && this.atTokenEnd(i + 1)) {
        this.ranks[length++] = 0;
        i++;
        continue;
      }
      const start = i;
      if (text.charCodeAt(i) === ZERO && this.atTokenEnd(i + 1)) {
        if (!this.restIsEmpty(i + 1)) throw this.errorAt(this.skipSpace(i + 1), 'end of line after the 0');
        return length;
      }
      i = this.readCandidate(i, '');
      // An equal ranking `a=b=c`: every member but the last is stored negated.
      while (text.charCodeAt(i) === EQUALS) {
        this.ranks[length++] = -this.integer;
        if (length + 1 >= this.ranks.length) this.growRanks();
        i = this.readCandidate(i + 1, ' after "="');
      }
      if (!this.atTokenEnd(i)) throw this.errorAt(start, this.candidateExpected());
      this.ranks[length++] = this.integer;
    }
  }

  /** Reads a candidate number or nickname at `from` into `this.integer` (1-based); returns where it ends. */
  private readCandidate(from: number, context: string): number {
    const c = this.text.charCodeAt(from);
    if (c >= ZERO && c <= NINE) {
      const end = this.readInteger(from);
      const whole = end >= 0 && (this.atTokenEnd(end) || this.text.charCodeAt(end) === EQUALS);
      if (whole || this.nicknames === undefined) {
        if (!whole || !this.isCandidateNumber(this.integer)) {
          throw this.errorAt(from, `${this.candidateExpected()}${context}`);
        }
        return end;
      }
    }
    const end = this.wordEnd(from);
    const number = end > from ? this.nicknames?.get(this.text.slice(from, end)) : undefined;
    if (number === undefined) throw this.errorAt(from, `${this.candidateExpected()}${context}`);
    this.integer = number;
    return end;
  }

  private growRanks(): void {
    const larger = new Int32Array(this.ranks.length * 2);
    larger.set(this.ranks);
    this.ranks = larger;
  }

  private candidateExpected(): string {
    const range = `from 1 to ${this.candidateCount}`;
    return this.nicknames ? `a candidate nickname or number ${range}` : `a candidate number ${range}`;
  }

  private isCandidateNumber(value: number): boolean {
    return value >= 1 && value <= this.candidateCount;
  }

  /**
   * Reads the candidate names, the title and then up to two quoted fields (source, comment),
   * `wanted` entries in all; reading stops at the first unquoted line after the title.
   */
  private readNames(wanted: number): { text: string; line: number }[] {
    const entries: { text: string; line: number }[] = [];
    const { text } = this;
    const names = wanted - 2;
    while (entries.length < wanted && this.nextContentLine()) {
      let i = this.skipSpace(this.lineStart);
      if (text.charCodeAt(i) !== QUOTE) {
        if (entries.length >= names) break;
        entries.push({ text: text.slice(i, this.lineEnd).trimEnd(), line: this.lineNumber });
        continue;
      }
      while (!this.restIsEmpty(i) && entries.length < wanted) {
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

function grow(array: Int32Array, length: number): Int32Array {
  const larger = new Int32Array(length);
  larger.set(array);
  return larger;
}

function growFloat(array: Float64Array, length: number): Float64Array {
  const larger = new Float64Array(length);
  larger.set(array);
  return larger;
}

function quote(token: string): string {
  return JSON.stringify(token);
}

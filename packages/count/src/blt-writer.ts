/**
 * BLT writer: the inverse of parseBlt. Names, the title and the source and comment fields are
 * written quoted; a name that itself contains a double quote is written unquoted (the whole
 * line), which the reader accepts as long as the name does not start with `"` or `#` and has no
 * surrounding blanks. A tie order is written as a `[tie …]` line. With `nicknames`, a `[nick …]`
 * line is written (the election's own nicknames, or short ones made from the names) and the
 * ballot lines, withdrawn and tie lines use them, as stv-rs and Droop files do.
 */
import type { Election, Rank } from './election';
import { BltWriteError } from './errors';

/** Options for writeBlt. */
export interface BltWriteOptions {
  /** Write a `[nick …]` line and refer to candidates by nickname instead of number. */
  readonly nicknames?: boolean;
}

/** Writes an election as BLT text ending in a newline; throws BltWriteError for a name that BLT cannot hold. */
export function writeBlt(election: Election, options: BltWriteOptions = {}): string {
  const nicknames = options.nicknames
    ? (election.nicknames ?? makeNicknames(election.candidates))
    : undefined;
  const ref = (index: number): string => nicknames?.[index] ?? String(index + 1);
  const lines: string[] = [`${election.candidates.length} ${election.seats}`];
  if (nicknames) {
    nicknames.forEach((nickname, index) => {
      if (!isNickname(nickname)) {
        throw new BltWriteError(
          `nicknames[${index}]`,
          'a nickname must be one word, not a number, without = # " ( or ).',
        );
      }
    });
    lines.push(`[nick ${nicknames.join(' ')}]`);
    if (election.withdrawn.length > 0) lines.push(`[withdrawn ${election.withdrawn.map(ref).join(' ')}]`);
  } else if (election.withdrawn.length > 0) {
    lines.push(election.withdrawn.map((index) => `-${index + 1}`).join(' '));
  }
  if (election.tieOrder) lines.push(`[tie ${election.tieOrder.map(ref).join(' ')}]`);
  const formatRank = (rank: Rank): string => {
    if (typeof rank === 'number') return ref(rank);
    return rank.length === 0 ? '-' : rank.map(ref).join('=');
  };
  for (const ballot of election.ballots) {
    const ranks = ballot.ranks.map(formatRank);
    lines.push(ranks.length === 0 ? `${ballot.weight} 0` : `${ballot.weight} ${ranks.join(' ')} 0`);
  }
  lines.push('0');
  election.candidates.forEach((name, index) => {
    lines.push(formatName(name, `candidates[${index}]`));
  });
  const { title, source, comment } = election;
  if (title !== undefined || source !== undefined || comment !== undefined) {
    lines.push(formatName(title ?? '', 'title'));
  }
  if (source !== undefined || comment !== undefined) lines.push(formatQuoted(source ?? '', 'source'));
  if (comment !== undefined) lines.push(formatQuoted(comment, 'comment'));
  return `${lines.join('\n')}\n`;
}

/** True when `text` can be a BLT nickname: one word, not a number, none of the characters the reader treats specially. */
function isNickname(text: string): boolean {
  return /^[^\s=#"()[\]]+$/.test(text) && !/^\d+$/.test(text) && text !== '-';
}

/** Short, distinct nicknames made from the candidates' names: the first word in lower case. */
function makeNicknames(candidates: readonly string[]): string[] {
  const used = new Set<string>();
  return candidates.map((name, index) => {
    const word = (name.toLowerCase().match(/[\p{L}\p{N}]+/u) ?? [''])[0];
    let nickname = word && !/^\d+$/.test(word) ? word : `c${index + 1}`;
    for (let n = 2; used.has(nickname); n++) nickname = `${word || 'c'}-${n}`;
    used.add(nickname);
    return nickname;
  });
}

function formatName(name: string, path: string): string {
  if (/[\r\n]/.test(name)) throw new BltWriteError(path, 'it contains a line break.');
  if (!name.includes('"')) return `"${name}"`;
  if (name.startsWith('"') || name.startsWith('#') || name.trim() !== name) {
    throw new BltWriteError(path, 'it contains a double quote and starts with a quote, # or a blank.');
  }
  return name;
}

/** The source and comment fields are read only when quoted, so they cannot hold a double quote. */
function formatQuoted(text: string, path: string): string {
  if (/["\r\n]/.test(text)) throw new BltWriteError(path, 'it contains a double quote or a line break.');
  return `"${text}"`;
}

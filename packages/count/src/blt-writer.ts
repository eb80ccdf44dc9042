/**
 * BLT writer: the inverse of parseBlt. Names and the title are written quoted; a name that
 * itself contains a double quote is written unquoted (the whole line), which the reader accepts
 * as long as the name does not start with `"` or `#` and has no surrounding blanks.
 */
import type { Election, Rank } from './election';
import { BltWriteError } from './errors';

/** Writes an election as BLT text ending in a newline; throws BltWriteError for a name that BLT cannot hold. */
export function writeBlt(election: Election): string {
  const lines: string[] = [`${election.candidates.length} ${election.seats}`];
  if (election.withdrawn.length > 0) lines.push(election.withdrawn.map((index) => `-${index + 1}`).join(' '));
  for (const ballot of election.ballots) {
    const ranks = ballot.ranks.map(formatRank);
    lines.push(ranks.length === 0 ? `${ballot.weight} 0` : `${ballot.weight} ${ranks.join(' ')} 0`);
  }
  lines.push('0');
  election.candidates.forEach((name, index) => {
    lines.push(formatName(name, `candidates[${index}]`));
  });
  if (election.title !== undefined) lines.push(formatName(election.title, 'title'));
  return `${lines.join('\n')}\n`;
}

function formatRank(rank: Rank): string {
  if (typeof rank === 'number') return String(rank + 1);
  return rank.length === 0 ? '-' : rank.map((index) => index + 1).join('=');
}

function formatName(name: string, path: string): string {
  if (/[\r\n]/.test(name)) throw new BltWriteError(path, 'it contains a line break.');
  if (!name.includes('"')) return `"${name}"`;
  if (name.startsWith('"') || name.startsWith('#') || name.trim() !== name) {
    throw new BltWriteError(path, 'it contains a double quote and starts with a quote, # or a blank.');
  }
  return name;
}

import type { ElectionInput } from './count-types';

/** A pile of identical paper ballots as typed by an officer. */
export interface Pile {
  /** Preferences in order, separated by commas; `=` joins candidates ranked equal. */
  preferences: string;
  count: string;
}

/** Why the entered piles cannot be counted, naming the row. */
export class PileInputError extends Error {
  override readonly name = 'PileInputError';
}

/**
 * Turns the candidates list and ballot piles typed by an officer into the API's election input.
 * Candidates may be written by name or by their number in the list (1 = first).
 */
export function pilesToElection(
  candidatesText: string,
  piles: Pile[],
  seats: number | undefined,
): ElectionInput {
  const candidates = candidatesText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  if (candidates.length < 2) throw new PileInputError('List at least two candidates, one per line.');
  const duplicate = candidates.find((name, i) => candidates.indexOf(name) !== i);
  if (duplicate)
    throw new PileInputError(`Candidate “${duplicate}” is listed twice; each name must be different.`);
  const resolve = (token: string, row: number): string => {
    const trimmed = token.trim();
    if (/^\d+$/.test(trimmed)) {
      const name = candidates[Number(trimmed) - 1];
      if (!name) throw new PileInputError(`Pile ${row}: there is no candidate number ${trimmed}.`);
      return name;
    }
    const name = candidates.find((c) => c.toLowerCase() === trimmed.toLowerCase());
    if (!name) throw new PileInputError(`Pile ${row}: “${trimmed}” is not one of the candidates.`);
    return name;
  };
  const ballots = piles
    .map((pile, index) => ({ pile, row: index + 1 }))
    .filter(({ pile }) => pile.preferences.trim() !== '' || pile.count.trim() !== '')
    .map(({ pile, row }) => {
      if (!/^\d+$/.test(pile.count.trim()) || Number(pile.count) < 1) {
        throw new PileInputError(`Pile ${row}: the number of papers must be a whole number of at least 1.`);
      }
      if (pile.preferences.trim() === '')
        throw new PileInputError(`Pile ${row}: enter the preferences in order.`);
      const ranking = pile.preferences.split(',').map((rank) => {
        const names = rank.split('=').map((token) => resolve(token, row));
        return names.length === 1 ? (names[0] as string) : names;
      });
      return { weight: Number(pile.count), ranking };
    });
  if (ballots.length === 0) throw new PileInputError('Enter at least one pile of ballots.');
  return { candidates, ballots, seats: seats ?? 1 };
}

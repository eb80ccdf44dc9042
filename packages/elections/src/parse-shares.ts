import { editDistance } from './edit-distance';
import type { Shares } from './vote-share';

/** What is wrong with a shares argument. */
export type SharesProblem =
  | 'empty'
  | 'syntax'
  | 'not-a-number'
  | 'negative'
  | 'duplicate'
  | 'unknown-party'
  | 'sum';

/** A shares argument such as "Lab=45,Con=39" that cannot be used; `problem` says why. */
export class SharesInputError extends Error {
  override readonly name = 'SharesInputError';

  constructor(
    /** Which rule the input broke. */
    readonly problem: SharesProblem,
    message: string,
    /** The party the problem is about, if one. */
    readonly party: string | null = null,
    /** For an unknown party, the closest known abbreviations. */
    readonly suggestions: readonly string[] = [],
  ) {
    super(message);
  }
}

/** Options for parseShares. */
export interface ParseSharesOptions {
  /** If given, every party must be one of these (matched ignoring case, returned as spelt here). */
  knownParties?: readonly string[];
  /** How far from 100 the total may be, in points (default 0.5). */
  tolerance?: number;
}

const NUMBER = /^\d+(?:\.\d*)?$|^\.\d+$/;
const NEGATIVE = /^-\s*(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * Parses party shares in percent, e.g. "Lab=45,Con=39,LD=10,Oth=6" (spaces and a trailing "%" allowed).
 * Rejects non-numbers, negatives, repeated or (with knownParties) unknown parties, and totals outside
 * 100 ± 0.5. Returns fractions scaled to add up to exactly 1.
 */
export function parseShares(text: string, options: ParseSharesOptions = {}): Shares {
  const tolerance = options.tolerance ?? 0.5;
  const items = text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
  if (items.length === 0)
    throw new SharesInputError('empty', 'No shares given; write them like Lab=45,Con=39,LD=10,Oth=6.');
  const percents = new Map<string, number>();
  for (const item of items) {
    const [rawParty, rawValue, ...rest] = item.split('=');
    const party = rawParty?.trim() ?? '';
    if (rawValue === undefined || rest.length > 0 || party === '') {
      throw new SharesInputError('syntax', `"${item}" is not of the form Party=percent (e.g. Lab=45).`);
    }
    const canonical = resolveParty(party, options.knownParties);
    const value = rawValue.trim().replace(/%$/, '').trim();
    if (NEGATIVE.test(value)) {
      throw new SharesInputError(
        'negative',
        `${canonical}'s share is negative (${value}); shares must be 0 or more.`,
        canonical,
      );
    }
    if (!NUMBER.test(value)) {
      throw new SharesInputError(
        'not-a-number',
        `${canonical}'s share "${rawValue.trim()}" is not a number.`,
        canonical,
      );
    }
    if (percents.has(canonical))
      throw new SharesInputError('duplicate', `${canonical} is given twice.`, canonical);
    percents.set(canonical, Number(value));
  }
  const total = [...percents.values()].reduce((sum, value) => sum + value, 0);
  if (Math.abs(total - 100) > tolerance) {
    throw new SharesInputError(
      'sum',
      `Shares add up to ${Number(total.toFixed(3))}, not 100 (±${tolerance}). Include every party, with the rest as Oth.`,
    );
  }
  return Object.fromEntries([...percents].map(([party, value]) => [party, value / total]));
}

function resolveParty(party: string, known: readonly string[] | undefined): string {
  if (known === undefined) return party;
  const match = known.find((candidate) => candidate.toLowerCase() === party.toLowerCase());
  if (match !== undefined) return match;
  const suggestions = [...known]
    .sort(
      (a, b) =>
        editDistance(party.toLowerCase(), a.toLowerCase()) -
        editDistance(party.toLowerCase(), b.toLowerCase()),
    )
    .slice(0, 3);
  throw new SharesInputError(
    'unknown-party',
    `Unknown party "${party}". Did you mean ${suggestions.join(', ')}?`,
    party,
    suggestions,
  );
}

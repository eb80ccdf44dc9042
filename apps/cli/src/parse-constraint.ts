import type { CategoryConstraint } from '@caucus/count';
import { CliError } from './output';

const SPEC = /^\s*([^<>=:]+?)\s*(>=|<=)\s*(\d+)\s*:\s*(.+)$/;

/**
 * Reads `--constraint` options such as `women>=4:1,3,5,8,9` or `women<=5:Ann,Bea` into category
 * constraints (candidates by BLT number, nickname or exact name, which the count checks); a
 * category given twice merges its bounds.
 */
export function parseConstraints(specs: readonly string[]): CategoryConstraint[] {
  const byCategory = new Map<string, { members: string[]; min?: number; max?: number }>();
  for (const spec of specs) {
    const match = SPEC.exec(spec);
    if (!match) {
      throw new CliError(
        `--constraint "${spec}" is not of the form CATEGORY>=N:CANDIDATES or CATEGORY<=N:CANDIDATES, e.g. women>=4:1,3,5,8,9.`,
        2,
      );
    }
    const [, category = '', bound, count = '0', list = ''] = match;
    const members = list
      .split(',')
      .map((token) => token.trim())
      .filter((token) => token !== '');
    const entry = byCategory.get(category) ?? { members };
    if (entry.members.join('\n') !== members.join('\n')) {
      throw new CliError(
        `--constraint: category "${category}" is given with two different candidate lists.`,
        2,
      );
    }
    if (bound === '>=') entry.min = Number(count);
    else entry.max = Number(count);
    byCategory.set(category, entry);
  }
  return [...byCategory].map(([category, entry]) => ({ category, ...entry }));
}

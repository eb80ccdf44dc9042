import type { ConstraintDraft } from './constraints-editor';
import type { CountRequest } from './count-types';

/** A category constraint as POST /api/count takes it. */
export type ConstraintInput = NonNullable<CountRequest['constraints']>[number];

/** Turns typed constraints into the API's form; throws an Error naming the constraint and the problem. */
export function draftsToConstraints(drafts: readonly ConstraintDraft[]): ConstraintInput[] {
  return drafts.map((draft, index) => {
    const name = draft.category.trim() || `Constraint ${index + 1}`;
    if (!draft.category.trim()) throw new Error(`${name}: give the category a name, e.g. “women”.`);
    const bound = (text: string, what: string): number | undefined => {
      if (text.trim() === '') return undefined;
      if (!/^\d+$/.test(text.trim())) throw new Error(`${name}: “${what}” must be a whole number.`);
      return Number(text);
    };
    const min = bound(draft.min, 'at least');
    const max = bound(draft.max, 'at most');
    if (min === undefined && max === undefined)
      throw new Error(`${name}: set “at least”, “at most” or both.`);
    if (draft.members.length === 0) throw new Error(`${name}: tick the candidates in this category.`);
    return {
      category: draft.category.trim(),
      members: draft.members,
      ...(min !== undefined ? { min } : {}),
      ...(max !== undefined ? { max } : {}),
    };
  });
}

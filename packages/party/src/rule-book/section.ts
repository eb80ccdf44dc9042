import type { z } from 'zod';
import type { EditionId } from './edition';

/** A note on a rule-book value to check against the current primary document before relying on it. */
export interface RuleBookCaveat {
  /** Dotted path of the value within its section, e.g. `eligibility.selection.vote`. */
  readonly path: string;
  readonly note: string;
}

/**
 * A domain's part of the rule book: its name, the zod schema its values must pass, and its values in every
 * edition (written as a base plus amendments). Each domain package exports one; `@caucus/rule-book` composes them.
 */
export interface RuleBookSection<Name extends string, Rules> {
  readonly name: Name;
  /** What the section covers, for people ("membership, eligibility and access to members' data"). */
  readonly title: string;
  readonly schema: z.ZodType<Rules>;
  readonly editions: Readonly<Record<EditionId, Rules>>;
  readonly caveats: Readonly<Record<EditionId, readonly RuleBookCaveat[]>>;
}

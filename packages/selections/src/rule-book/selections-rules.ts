import { z } from 'zod';

// The selections section of the rule book. It holds no values yet: a value joins it together with the code that
// reads it (trigger ballots, selections and internal elections); the facts to draw on are in docs/rulebook-facts.md.

/** Zod schema of the selections section. */
export const selectionsRulesSchema = z.strictObject({});

/** The selections section of the rule book. */
export type SelectionsRules = z.infer<typeof selectionsRulesSchema>;

import { z } from 'zod';

// The ballots section of the rule book. It holds no values yet: a value joins it together with the code that
// reads it (secret ballots, receipts and their publication); the facts to draw on are in docs/rulebook-facts.md.

/** Zod schema of the ballots section. */
export const ballotsRulesSchema = z.strictObject({});

/** The ballots section of the rule book. */
export type BallotsRules = z.infer<typeof ballotsRulesSchema>;

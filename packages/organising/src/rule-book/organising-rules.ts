import { z } from 'zod';

// The organising section of the rule book. It holds no values yet: a value joins it together with the code that
// reads it (organising groups, events, turnout drives, education paths and campaigns); the facts to draw on are in docs/rulebook-facts.md.

/** Zod schema of the organising section. */
export const organisingRulesSchema = z.strictObject({});

/** The organising section of the rule book. */
export type OrganisingRules = z.infer<typeof organisingRulesSchema>;

import { z } from 'zod';

// The discipline section of the rule book. It holds no values yet: a value joins it together with the code that
// reads it (complaints and discipline); the facts to draw on are in docs/rulebook-facts.md.

/** Zod schema of the discipline section. */
export const disciplineRulesSchema = z.strictObject({});

/** The discipline section of the rule book. */
export type DisciplineRules = z.infer<typeof disciplineRulesSchema>;

import { z } from 'zod';

// The meetings section of the rule book. It holds no values yet: a value joins it together with the code that
// reads it (meetings, quorum, votes in meetings, minutes, motions and conference); the facts to draw on are in docs/rulebook-facts.md.

/** Zod schema of the meetings section. */
export const meetingsRulesSchema = z.strictObject({});

/** The meetings section of the rule book. */
export type MeetingsRules = z.infer<typeof meetingsRulesSchema>;

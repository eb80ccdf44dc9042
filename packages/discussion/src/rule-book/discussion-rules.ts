import { z } from 'zod';

// The discussion section of the rule book. It holds no values yet: a value joins it together with the code that
// reads it (discussion threads and their moderation); the facts to draw on are in docs/rulebook-facts.md.

/** Zod schema of the discussion section. */
export const discussionRulesSchema = z.strictObject({});

/** The discussion section of the rule book. */
export type DiscussionRules = z.infer<typeof discussionRulesSchema>;

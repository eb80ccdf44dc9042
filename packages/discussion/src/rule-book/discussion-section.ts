import type { RuleBookSection } from '@caucus/party';
import { type DiscussionRules, discussionRulesSchema } from './discussion-rules';

const base: DiscussionRules = {};

/** The discussion domain's section of the rule book in every edition. */
export const discussionSection: RuleBookSection<'discussion', DiscussionRules> = {
  name: 'discussion',
  title: 'Discussion',
  schema: discussionRulesSchema,
  editions: { 'labour-2018': base, 'labour-2021': base, 'green-england-wales': base },
  caveats: { 'labour-2018': [], 'labour-2021': [], 'green-england-wales': [] },
};

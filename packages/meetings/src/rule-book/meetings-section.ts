import type { RuleBookSection } from '@caucus/party';
import { type MeetingsRules, meetingsRulesSchema } from './meetings-rules';

const base: MeetingsRules = {};

/** The meetings domain's section of the rule book in every edition. */
export const meetingsSection: RuleBookSection<'meetings', MeetingsRules> = {
  name: 'meetings',
  title: 'Meetings',
  schema: meetingsRulesSchema,
  editions: { 'labour-2018': base, 'labour-2021': base, 'green-england-wales': base },
  caveats: { 'labour-2018': [], 'labour-2021': [], 'green-england-wales': [] },
};

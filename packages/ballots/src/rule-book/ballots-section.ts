import type { RuleBookSection } from '@caucus/party';
import { type BallotsRules, ballotsRulesSchema } from './ballots-rules';

const base: BallotsRules = {};

/** The ballots domain's section of the rule book in every edition. */
export const ballotsSection: RuleBookSection<'ballots', BallotsRules> = {
  name: 'ballots',
  title: 'Ballots',
  schema: ballotsRulesSchema,
  editions: { 'labour-2018': base, 'labour-2021': base, 'green-england-wales': base },
  caveats: { 'labour-2018': [], 'labour-2021': [], 'green-england-wales': [] },
};

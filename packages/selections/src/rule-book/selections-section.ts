import type { RuleBookSection } from '@caucus/party';
import { type SelectionsRules, selectionsRulesSchema } from './selections-rules';

const base: SelectionsRules = {};

/** The selections domain's section of the rule book in every edition. */
export const selectionsSection: RuleBookSection<'selections', SelectionsRules> = {
  name: 'selections',
  title: 'Selections',
  schema: selectionsRulesSchema,
  editions: { 'labour-2018': base, 'labour-2021': base, 'green-england-wales': base },
  caveats: { 'labour-2018': [], 'labour-2021': [], 'green-england-wales': [] },
};

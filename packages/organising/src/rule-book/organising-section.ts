import type { RuleBookSection } from '@caucus/party';
import { type OrganisingRules, organisingRulesSchema } from './organising-rules';

const base: OrganisingRules = {};

/** The organising domain's section of the rule book in every edition. */
export const organisingSection: RuleBookSection<'organising', OrganisingRules> = {
  name: 'organising',
  title: 'Organising',
  schema: organisingRulesSchema,
  editions: { 'labour-2018': base, 'labour-2021': base, 'green-england-wales': base },
  caveats: { 'labour-2018': [], 'labour-2021': [], 'green-england-wales': [] },
};

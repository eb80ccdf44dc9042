import { type EditionId, ruleBookEditions } from './edition';
import { greenEnglandWales, greenEnglandWalesCaveats } from './editions/green-england-wales';
import { labour2018, labour2018Caveats } from './editions/labour-2018';
import { labour2021, labour2021Caveats } from './editions/labour-2021';
import type { PartyRuleBook, PartyRules } from './party-rules';
import { partyRulesSchema } from './party-rules-schema';
import type { RuleBookSection } from './section';

/** The party domain's section of the rule book in every edition. */
export const partySection: RuleBookSection<'party', PartyRules> = {
  name: 'party',
  title: "Membership standing, eligibility rules, offices and access to members' data",
  schema: partyRulesSchema,
  editions: {
    'labour-2018': labour2018,
    'labour-2021': labour2021,
    'green-england-wales': greenEnglandWales,
  },
  caveats: {
    'labour-2018': labour2018Caveats,
    'labour-2021': labour2021Caveats,
    'green-england-wales': greenEnglandWalesCaveats,
  },
};

/** The part of an edition the party domain reads (the whole rule book comes from `@caucus/rule-book`). */
export function partyRuleBookOf(editionId: EditionId): PartyRuleBook {
  return { edition: ruleBookEditions[editionId], party: partySection.editions[editionId] };
}

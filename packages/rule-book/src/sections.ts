import { ballotsSection } from '@caucus/ballots';
import { disciplineSection } from '@caucus/discipline';
import { discussionSection } from '@caucus/discussion';
import { meetingsSection } from '@caucus/meetings';
import { organisingSection } from '@caucus/organising';
import { partySection } from '@caucus/party';
import { selectionsSection } from '@caucus/selections';

/**
 * Every domain's rule-book section. A new domain registers its section here (one line) and the `RuleBook` type
 * gains it; no other domain's code changes.
 */
export const sections = [
  partySection,
  meetingsSection,
  ballotsSection,
  selectionsSection,
  organisingSection,
  discussionSection,
  disciplineSection,
] as const;

import type { RuleBookSection } from '@caucus/party';
import { type DisciplineRules, disciplineRulesSchema } from './discipline-rules';

const base: DisciplineRules = {};

/** The discipline domain's section of the rule book in every edition. */
export const disciplineSection: RuleBookSection<'discipline', DisciplineRules> = {
  name: 'discipline',
  title: 'Discipline',
  schema: disciplineRulesSchema,
  editions: { 'labour-2018': base, 'labour-2021': base, 'green-england-wales': base },
  caveats: { 'labour-2018': [], 'labour-2021': [], 'green-england-wales': [] },
};

import type { IsoDate } from '../dates/calendar-date';
import { UnknownEditionError } from '../errors';

/** Ids of the rule-book editions Caucus knows; every domain's rule-book section gives its values for each. */
export const editionIds = ['labour-2018', 'labour-2021', 'green-england-wales'] as const;

/** The id of a rule-book edition, e.g. `labour-2021`. */
export type EditionId = (typeof editionIds)[number];

/** One edition of a party's rule book: whose it is, what it is called and when it took effect. */
export interface RuleBookEdition {
  readonly id: EditionId;
  readonly party: string;
  readonly title: string;
  /** When the party adopted this edition (the date a party's own timeline uses unless it says otherwise). */
  readonly effectiveFrom: IsoDate;
  /** Where its values come from (the repo's docs/rulebook-facts.md sections). */
  readonly sources: string;
}

/** Every known edition, keyed by id. */
export const ruleBookEditions: Readonly<Record<EditionId, RuleBookEdition>> = {
  'labour-2018': {
    id: 'labour-2018',
    party: 'Labour Party',
    title: 'Labour Party rule book, 2018',
    effectiveFrom: '2018-09-26',
    sources: 'docs/rulebook-facts.md, sections C1–C8 (the rule book after the 2018 conference)',
  },
  'labour-2021': {
    id: 'labour-2021',
    party: 'Labour Party',
    title: 'Labour Party rule book, 2021 onwards',
    effectiveFrom: '2021-09-29',
    sources: 'docs/rulebook-facts.md, sections C1–C8 (the rule book as amended at the 2021 conference)',
  },
  'green-england-wales': {
    id: 'green-england-wales',
    party: 'Green Party of England and Wales',
    title: 'Green Party of England and Wales (example)',
    effectiveFrom: '2025-01-01',
    sources: 'docs/rulebook-facts.md, section C9',
  },
};

/** Whether a string names a known edition. */
export function isEditionId(id: string): id is EditionId {
  return (editionIds as readonly string[]).includes(id);
}

/** The edition with this id; throws `UnknownEditionError` naming the known ones. */
export function getRuleBookEdition(id: string): RuleBookEdition {
  if (!isEditionId(id)) throw new UnknownEditionError(id, editionIds);
  return ruleBookEditions[id];
}

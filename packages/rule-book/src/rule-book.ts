import {
  type EditionId,
  editionInForce,
  getRuleBookEdition,
  type IsoDate,
  type RuleBookCaveat,
  type RuleBookEdition,
  type RuleBookSection,
  type RuleBookTimeline,
} from '@caucus/party';
import { sections } from './sections';

type Section = (typeof sections)[number];
type RulesOf<S> = S extends RuleBookSection<string, infer Rules> ? Rules : never;

/** A whole rule-book edition: its metadata and every registered domain's section, keyed by section name. */
export type RuleBook = { readonly edition: RuleBookEdition } & {
  readonly [S in Section as S['name']]: RulesOf<S>;
};

/** The name of a registered section, e.g. `party`. */
export type SectionName = Section['name'];

/** The whole rule book of an edition; throws `UnknownEditionError` for an id Caucus does not know. */
export function ruleBookOf(editionId: string): RuleBook {
  const edition = getRuleBookEdition(editionId);
  const book: Record<string, unknown> = { edition };
  for (const section of sections) book[section.name] = section.editions[edition.id];
  // Sound: one entry per registered section under its own name, typed by the same `sections` tuple.
  return book as RuleBook;
}

/** The rule book in force on a date under a party's timeline; throws `NoEditionInForceError` before the first. */
export function ruleBookOn(timeline: RuleBookTimeline, on: IsoDate): RuleBook {
  return ruleBookOf(editionInForce(timeline, on));
}

/** One section of an edition as officers read it: its title, its values and what to check. */
export interface SectionSummary {
  readonly name: SectionName;
  readonly title: string;
  readonly caveats: readonly RuleBookCaveat[];
}

/** The sections of an edition with their caveats, for the page that shows which rule book is in force. */
export function sectionSummaries(editionId: EditionId): SectionSummary[] {
  return sections.map((section) => ({
    name: section.name,
    title: section.title,
    caveats: section.caveats[editionId],
  }));
}

/** Problems with any section's values in any edition (each must pass its section's schema); empty when sound. */
export function ruleBookProblems(): string[] {
  return sections.flatMap((section) =>
    Object.entries(section.editions).flatMap(([editionId, rules]) => {
      const result = (section.schema as RuleBookSection<string, unknown>['schema']).safeParse(rules);
      return result.success
        ? []
        : result.error.issues.map(
            (issue) => `${editionId} ${section.name}.${issue.path.join('.')}: ${issue.message}`,
          );
    }),
  );
}

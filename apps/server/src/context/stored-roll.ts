import type { RollEntryRecord, RollRecord } from '@caucus/db';
import type { Reason } from '@caucus/party';
import { ruleBookOf } from '@caucus/rule-book';
import { z } from 'zod';

const storedReasonsSchema = z.array(
  z.looseObject({ kind: z.string(), passed: z.boolean(), message: z.string() }),
);

/** The reasons stored on a roll line, checked on the way out of the database. */
export function reasonsOf(entry: RollEntryRecord): Reason[] {
  // Sound: roll entries are written only by freezeUnitRoll from the party model's reasons; the shape is checked here.
  return storedReasonsSchema.parse(entry.reasons) as unknown as Reason[];
}

/** The title of a roll's rule and of its rule book, from the edition it was frozen under. */
export function ruleOfRoll(roll: Pick<RollRecord, 'editionId' | 'ruleId'>): {
  ruleTitle: string;
  ruleBookTitle: string;
} {
  try {
    const book = ruleBookOf(roll.editionId);
    return {
      ruleTitle: book.party.eligibility[roll.ruleId]?.title ?? roll.ruleId,
      ruleBookTitle: book.edition.title,
    };
  } catch {
    return { ruleTitle: roll.ruleId, ruleBookTitle: roll.editionId };
  }
}

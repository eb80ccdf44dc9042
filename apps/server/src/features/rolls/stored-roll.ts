import { findRoll, type RollEntryRecord, type RollRecord } from '@caucus/db';
import { getRuleBookPreset, type Reason } from '@caucus/party';
import { z } from 'zod';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import type { PartyContext } from '../party/party-context';
import { unitName } from '../party/present-member';

const storedReasonsSchema = z.array(
  z.looseObject({ kind: z.string(), passed: z.boolean(), message: z.string() }),
);

/** The reasons stored on a roll line, checked on the way out of the database. */
export function reasonsOf(entry: RollEntryRecord): Reason[] {
  // Sound: roll entries are written only by freezeUnitRoll from the party model's reasons; the shape is checked here.
  return storedReasonsSchema.parse(entry.reasons) as unknown as Reason[];
}

/** Loads a roll or throws a 404 problem. */
export async function loadRoll(deps: AppDeps, rollId: string): Promise<RollRecord> {
  const roll = await findRoll(deps.database.db, rollId);
  if (roll === undefined) throw new ProblemError('not-found', `There is no roll "${rollId}".`);
  return roll;
}

/** The title of a roll's rule, from the rule book it was frozen under. */
export function ruleTitleOf(roll: Pick<RollRecord, 'presetId' | 'ruleId'>): string {
  try {
    return getRuleBookPreset(roll.presetId).eligibility[roll.ruleId]?.title ?? roll.ruleId;
  } catch {
    return roll.ruleId;
  }
}

/** A roll's header and counts for the API. */
export function presentRollSummary(
  roll: RollRecord,
  counts: { entries: number; eligible: number },
  context: PartyContext,
) {
  return {
    id: roll.id,
    title: roll.title,
    unitId: roll.unitId,
    unitName: unitName(context, roll.unitId),
    presetId: roll.presetId,
    ruleId: roll.ruleId,
    ruleTitle: ruleTitleOf(roll),
    frozenAt: roll.frozenAt,
    state: roll.state,
    createdAt: roll.createdAt.toISOString(),
    entries: counts.entries,
    eligible: counts.eligible,
  };
}

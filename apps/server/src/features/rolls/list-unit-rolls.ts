import { listRolls } from '@caucus/db';
import { descendantsOf } from '@caucus/party';
import type { PartyContext } from '../../context/request-context';
import type { AppDeps } from '../../http/env';
import type { RollWithCounts } from './freeze-unit-roll';

/** Rolls of a unit and the units below it, newest first, with their counts. */
export async function listUnitRolls(
  deps: AppDeps,
  context: PartyContext,
  unitId: string,
): Promise<RollWithCounts[]> {
  const unitIds = [unitId, ...descendantsOf(context.tree, unitId).map((unit) => unit.id)];
  const rolls = await listRolls(deps.database.db, unitIds);
  return rolls.map((roll) => ({ roll, entries: roll.entries, eligible: roll.eligible }));
}

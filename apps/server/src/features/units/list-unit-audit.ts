import { type AuditRecord, listAudit } from '@caucus/db';
import { descendantsOf } from '@caucus/party';
import type { PartyContext } from '../../context/request-context';
import type { AppDeps } from '../../http/env';

/** A unit's audit log (the unit and every unit below it), newest first; the presenter redacts each entry. */
export async function listUnitAudit(
  deps: AppDeps,
  context: PartyContext,
  unitId: string,
  page: { limit: number; before?: number | undefined },
): Promise<AuditRecord[]> {
  const unitIds = [unitId, ...descendantsOf(context.tree, unitId).map((unit) => unit.id)];
  return listAudit(deps.database.db, unitIds, { limit: page.limit, beforeId: page.before });
}

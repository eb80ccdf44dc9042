import { randomUUID } from 'node:crypto';
import {
  type AuditInput,
  appendAudit,
  type CaucusDatabase,
  listAffiliates,
  listMembersByNumbers,
  listMembersOfBranches,
  listOpenRollsOfUnits,
  upsertMembers,
} from '@caucus/db';
import { ancestorsOf, auditDelta, descendantsOf, type Member, type MemberFieldGroup } from '@caucus/party';
import {
  type ImportPlan,
  parseMembershipCsv,
  planMemberImport,
  type TradeUnionDirectoryEntry,
} from '@caucus/party-import';
import { memberFromRecord } from '../../context/member-record';
import type { PartyContext } from '../../context/request-context';

/** An import was asked to apply a plan that has errors; nothing was written. */
export class ImportHasErrorsError extends Error {
  override readonly name = 'ImportHasErrorsError';
  constructor(readonly plan: ImportPlan) {
    super(
      `The file has ${plan.errors.length} error${plan.errors.length === 1 ? '' : 's'}, so nothing was imported. ` +
        'Fix them (see the dry run) and import the whole file again.',
    );
  }
}

/** What was written by an applied import. */
export interface AppliedImport {
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
}

function unionDirectory(
  affiliates: Awaited<ReturnType<typeof listAffiliates>>,
  members: readonly Member[],
): TradeUnionDirectoryEntry[] {
  const byName = new Map<string, TradeUnionDirectoryEntry>();
  for (const affiliate of affiliates) {
    if (affiliate.kind !== 'trade_union') continue;
    byName.set(affiliate.name, {
      name: affiliate.name,
      aliases: [],
      affiliateId: affiliate.id,
      tucAffiliated: affiliate.tucAffiliated,
    });
  }
  for (const member of members) {
    for (const union of member.tradeUnions) {
      if (!byName.has(union.union)) {
        byName.set(union.union, {
          name: union.union,
          aliases: [],
          affiliateId: union.affiliateId,
          tucAffiliated: union.tucAffiliated,
        });
      }
    }
  }
  return [...byName.values()];
}

/** Parses a membership CSV and plans its import into a unit, changing nothing (a dry run). */
export async function planMembershipImport(
  database: CaucusDatabase,
  context: PartyContext,
  input: { csv: string; unitId: string; revealGroups: readonly MemberFieldGroup[] },
): Promise<ImportPlan> {
  const { tree } = context;
  const branchIds = [input.unitId, ...descendantsOf(tree, input.unitId).map((unit) => unit.id)].filter(
    (id) => tree.byId.get(id)?.kind === 'branch',
  );
  const inScope = (await listMembersOfBranches(database.db, branchIds)).map(memberFromRecord);
  const affiliates = await listAffiliates(database.db);
  const parsed = parseMembershipCsv(input.csv, { tree, tradeUnions: unionDirectory(affiliates, inScope) });
  const known = new Set(inScope.map((member) => member.membershipNumber));
  const elsewhere = (
    await listMembersByNumbers(
      database.db,
      parsed.rows.map((row) => row.member.membershipNumber).filter((number) => !known.has(number)),
    )
  ).map(memberFromRecord);
  const rollUnits = [input.unitId, ...ancestorsOf(tree, input.unitId).map((unit) => unit.id)];
  const rollUnitIds = [...rollUnits, ...descendantsOf(tree, input.unitId).map((unit) => unit.id)];
  const openRolls = (await listOpenRollsOfUnits(database.db, rollUnitIds)).map(({ roll, entries }) => ({
    ...roll,
    entries: entries.map((entry) => ({ memberId: entry.memberId, eligible: entry.eligible, reasons: [] })),
  }));
  return planMemberImport(parsed, [...inScope, ...elsewhere], {
    asOf: context.today,
    tree,
    openRolls,
    scopeUnitId: input.unitId,
    revealGroups: input.revealGroups,
    newMemberId: () => randomUUID(),
  });
}

/**
 * Applies an import plan all-or-nothing in one transaction, with an audit entry per changed member and one
 * for the import; a plan with errors is refused (`ImportHasErrorsError`). Re-importing the same file changes nothing.
 */
export async function applyMembershipImport(
  database: CaucusDatabase,
  plan: ImportPlan,
  input: { actorUserId: string | null; unitId: string; onProgress?: (done: number, total: number) => void },
): Promise<AppliedImport> {
  if (plan.hasErrors) throw new ImportHasErrorsError(plan);
  const members = [
    ...plan.creates.map((create) => create.member),
    ...plan.updates.map((update) => update.after),
  ];
  const audit: AuditInput[] = [
    ...plan.creates.map(
      (create): AuditInput => ({
        actorUserId: input.actorUserId,
        action: 'member.import',
        unitId: input.unitId,
        subjectType: 'member',
        subjectId: create.member.id,
        subjectBranchId: create.member.branchId,
        before: null,
        after: {
          membershipNumber: create.member.membershipNumber,
          branchId: create.member.branchId,
          status: create.member.status,
          joinedOn: create.member.joinedOn,
        },
      }),
    ),
    ...plan.updates.map((update): AuditInput => {
      const delta = auditDelta({ ...update.before }, { ...update.after });
      return {
        actorUserId: input.actorUserId,
        action: 'member.import',
        unitId: input.unitId,
        subjectType: 'member',
        subjectId: update.after.id,
        subjectBranchId: update.before.branchId,
        before: delta.before,
        after: delta.after,
      };
    }),
  ];
  if (members.length > 0) {
    audit.push({
      actorUserId: input.actorUserId,
      action: 'member.import',
      unitId: input.unitId,
      subjectType: 'import',
      subjectId: null,
      subjectBranchId: null,
      before: null,
      after: { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged.length },
    });
    await database.db.transaction().execute(async (trx) => {
      await upsertMembers(trx, members, input.onProgress);
      await appendAudit(trx, audit);
    });
  }
  return { created: plan.creates.length, updated: plan.updates.length, unchanged: plan.unchanged.length };
}

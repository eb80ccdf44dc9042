import type { ImportPlan } from '@caucus/party-import';
import type { z } from '@hono/zod-openapi';
import type { JsonValueSchema } from '../../context/party-schemas';
import { unitName } from '../../context/present-member';
import type { PartyContext } from '../../context/request-context';
import type { ImportPlanSchema } from './import.schema';
import type { AppliedImport } from './import-members';

/** Rows of each kind listed in an answer; counts always cover the whole file. */
export const LISTED_ROWS = 500;

/** An import plan for people and programs: counts, the first rows of each kind, and every error and warning. */
export function presentImportPlan(
  plan: ImportPlan,
  context: Pick<PartyContext, 'tree'>,
  applied: AppliedImport | null,
): z.input<typeof ImportPlanSchema> {
  return {
    dryRun: applied === null,
    applied: applied !== null,
    asOf: plan.asOf,
    hasErrors: plan.hasErrors,
    counts: {
      creates: plan.creates.length,
      updates: plan.updates.length,
      unchanged: plan.unchanged.length,
      notInFile: plan.notInFile.length,
      errors: plan.errors.length,
      warnings: plan.warnings.length,
    },
    creates: plan.creates.slice(0, LISTED_ROWS).map((create) => ({
      line: create.line,
      membershipNumber: create.member.membershipNumber,
      name: `${create.member.firstName} ${create.member.lastName}`,
      branchName: unitName(context, create.member.branchId),
    })),
    updates: plan.updates.slice(0, LISTED_ROWS).map((update) => ({
      line: update.line,
      memberId: update.after.id,
      membershipNumber: update.after.membershipNumber,
      name: `${update.after.firstName} ${update.after.lastName}`,
      changes: update.changes.map((change) =>
        change.withheld
          ? { field: change.field, withheld: true }
          : {
              field: change.field,
              withheld: false,
              before: change.before as z.input<typeof JsonValueSchema>,
              after: change.after as z.input<typeof JsonValueSchema>,
            },
      ),
    })),
    truncated: plan.creates.length > LISTED_ROWS || plan.updates.length > LISTED_ROWS,
    errors: [...plan.errors],
    warnings: [...plan.warnings],
  };
}

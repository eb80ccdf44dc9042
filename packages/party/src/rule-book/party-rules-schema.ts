import { z } from 'zod';
import { memberFieldGroups } from '../access/member-field-access';
import { roles } from '../access/roles';
import { memberStatuses } from '../members/member';
import { unitKinds } from '../units/unit';
import type { PartyRules } from './party-rules';

const count = z.number().int().nonnegative();
const status = z.enum(memberStatuses);

const condition = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('status'), allowed: z.array(status).min(1) }),
  z.strictObject({
    kind: z.literal('continuous_membership'),
    minimum: z.strictObject({ amount: count, unit: z.enum(['months', 'weeks']) }),
  }),
  z.strictObject({ kind: z.literal('no_arrears') }),
  z.strictObject({
    kind: z.literal('trade_union'),
    requirement: z.enum(['any_union', 'tuc_affiliated', 'party_affiliated']),
  }),
  z.strictObject({ kind: z.literal('age'), minimum: count.nullable(), maximumExclusive: count.nullable() }),
]);

const rule = z.strictObject({
  id: z.string().min(1),
  title: z.string().min(1),
  source: z.string().min(1),
  conditions: z.array(condition).min(1),
});

const officeDefinition = z.strictObject({
  key: z.string().min(1),
  title: z.string().min(1),
  authority: z.enum(['secretary', 'officer']),
});

const byUnitKind = <T extends z.ZodType>(value: T) =>
  z.strictObject(
    Object.fromEntries(unitKinds.map((kind) => [kind, value])) as Record<(typeof unitKinds)[number], T>,
  );

const byRole = <T extends z.ZodType>(value: T) =>
  z.strictObject(Object.fromEntries(roles.map((role) => [role, value])) as Record<(typeof roles)[number], T>);

/** Zod schema of the party section (e.g. one loaded from a JSON file for another party); checks rule ids match keys. */
export const partyRulesSchema: z.ZodType<PartyRules> = z
  .strictObject({
    membership: z.strictObject({
      continuity: z.strictObject({ continuityStatuses: z.array(status).min(1), gapToleranceDays: count }),
      arrearsGraceDays: count,
    }),
    youngMembers: z.strictObject({ name: z.string().min(1), maximumAgeExclusive: count }).nullable(),
    eligibility: z.record(z.string(), rule),
    offices: byUnitKind(z.array(officeDefinition)),
    memberDataAccess: byRole(z.array(z.enum(memberFieldGroups))),
  })
  .superRefine((rules, ctx) => {
    for (const [key, value] of Object.entries(rules.eligibility)) {
      if (value.id !== key) {
        ctx.addIssue({
          code: 'custom',
          message: `rule "${key}" has id "${value.id}"`,
          path: ['eligibility', key],
        });
      }
    }
    for (const [role, groups] of Object.entries(rules.memberDataAccess)) {
      if (groups.length > 0 && !groups.includes('directory')) {
        ctx.addIssue({
          code: 'custom',
          message: 'a role that sees any member data must see the directory',
          path: ['memberDataAccess', role],
        });
      }
    }
  });

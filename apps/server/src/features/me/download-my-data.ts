import {
  findMemberById,
  findUserById,
  listAuditAboutMember,
  listOfficeTermsOfMember,
  listRollsOfMember,
  listSessionSummariesOfUser,
} from '@caucus/db';
import type { z } from '@hono/zod-openapi';
import type { SignedInActor } from '../../context/actor';
import { memberFromRecord } from '../../context/member-record';
import { reasonsOf } from '../../context/stored-roll';
import type { AppDeps } from '../../http/env';
import type { MyDataSchema } from './me.schema';

/** Everything Caucus holds about the signed-in person: account, sessions, member record, offices, rolls, audit. */
export async function downloadMyData(
  deps: AppDeps,
  actor: SignedInActor,
): Promise<z.input<typeof MyDataSchema>> {
  const db = deps.database.db;
  const user = await findUserById(db, actor.userId);
  const record = actor.memberId === null ? undefined : await findMemberById(db, actor.memberId);
  const member = record === undefined ? null : memberFromRecord(record);
  return {
    about:
      'Everything Caucus holds about you: your account, sessions, membership record, offices, roles, ' +
      'your lines on frozen rolls and what officers recorded about you in the audit log.',
    generatedAt: new Date().toISOString(),
    account: {
      email: actor.email,
      displayName: actor.displayName,
      createdAt: user?.created_at.toISOString() ?? null,
      hasPassword: user?.password_hash != null,
      failedSignIns: user?.failed_sign_ins ?? 0,
      lockedUntil: user?.locked_until?.toISOString() ?? null,
    },
    roles: actor.grants,
    sessions: (await listSessionSummariesOfUser(db, actor.userId)).map((session) => ({
      createdAt: session.createdAt.toISOString(),
      lastSeenAt: session.lastSeenAt.toISOString(),
      expiresAt: session.expiresAt.toISOString(),
      userAgent: session.userAgent,
    })),
    member,
    offices: member === null ? [] : await listOfficeTermsOfMember(db, member.id),
    rolls:
      member === null
        ? []
        : (await listRollsOfMember(db, member.id)).map(({ roll, entry }) => ({
            roll: { ...roll, createdAt: roll.createdAt.toISOString() },
            eligible: entry.eligible,
            reasons: reasonsOf(entry),
          })),
    auditAboutYou:
      member === null
        ? []
        : (await listAuditAboutMember(db, member.id)).map((entry) => ({
            ...entry,
            at: entry.at.toISOString(),
            before: entry.before as z.input<typeof MyDataSchema>['auditAboutYou'][number]['before'],
            after: entry.after as z.input<typeof MyDataSchema>['auditAboutYou'][number]['after'],
          })),
  };
}

import type { Member } from '../members/member';
import { can } from '../policies/party-policies';
import type { AuditEntry } from './audit-entry';
import { type AccessContext, memberFieldGroupOf, visibleMemberFieldGroups } from './member-field-access';
import type { Actor } from './roles';

function isMemberField(field: string): field is keyof Member {
  return Object.hasOwn(memberFieldGroupOf, field);
}

// For member subjects the before/after values keep only fields the actor could see on the member record itself;
// withheld fields are listed by name, so the page can say that something was changed.

/** The audit entry as the actor may see it, or null if they may not read the unit's log. */
export function redactAuditEntry(
  actor: Actor,
  entry: AuditEntry,
  context: AccessContext,
): (AuditEntry & { readonly withheldFields: readonly string[] }) | null {
  if (!can(actor, 'audit.view', { type: 'unit', unitId: entry.unitId }, context).allowed) return null;
  if (entry.subject.type !== 'member') return { ...entry, withheldFields: [] };
  const { groups } = visibleMemberFieldGroups(actor, entry.subject, context);
  const withheld = new Set<string>();
  const filter = (record: Readonly<Record<string, unknown>> | null) => {
    if (record === null) return null;
    const kept: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(record)) {
      if (isMemberField(field) && groups.includes(memberFieldGroupOf[field])) kept[field] = value;
      else withheld.add(field);
    }
    return kept;
  };
  return {
    ...entry,
    before: filter(entry.before),
    after: filter(entry.after),
    withheldFields: [...withheld].sort(),
  };
}

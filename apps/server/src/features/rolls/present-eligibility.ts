import { type AccessContext, type Actor, type Member, visibleMemberFieldGroups } from '@caucus/party';
import type { z } from '@hono/zod-openapi';
import type { EligibilityAnswer } from './check-eligibility';
import type { EligibilityAnswerSchema } from './rolls.schema';

/**
 * The answer as the actor may see it: the reasons state join and payment dates, so only the member and officers who
 * may see the member's membership details get them; others get the yes or no alone.
 */
export function presentEligibility(
  actor: Actor,
  member: Member,
  answer: EligibilityAnswer,
  context: AccessContext,
): z.input<typeof EligibilityAnswerSchema> {
  if (visibleMemberFieldGroups(actor, member, context).groups.includes('membership')) {
    return { ...answer, reasons: [...answer.reasons] };
  }
  return {
    ...answer,
    summary: `${answer.eligible ? 'eligible' : 'not eligible'}; the reasons are shown to the member and to officers who may see their membership record`,
    reasons: [],
  };
}

import { listRollEntries, type RollRecord } from '@caucus/db';
import { evaluateEligibility, type Member, rollStandingOf } from '@caucus/party';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';
import type { PartyContext } from '../party/party-context';
import { unitName } from '../party/present-member';
import { reasonsOf, ruleTitleOf } from './stored-roll';

/** The question asked: a stored roll, or a rule at a date (optionally within a unit). */
export type EligibilityQuestion =
  | { readonly kind: 'roll'; readonly roll: RollRecord }
  | {
      readonly kind: 'rule';
      readonly ruleId: string;
      readonly at: string;
      readonly unitId: string | undefined;
    };

/** Keeps the yes/no but drops reasons (they state join and payment dates) for viewers who may not see them. */
export function withoutReasons<T extends { eligible: boolean; summary: string; reasons: unknown[] }>(
  answer: T,
): T {
  return {
    ...answer,
    summary: `${answer.eligible ? 'eligible' : 'not eligible'}; the reasons are shown to the member and to officers who may see their membership record`,
    reasons: [],
  };
}

/** Answers "can this member vote in X, and if not, why?" with every reason. */
export async function checkEligibility(
  deps: AppDeps,
  context: PartyContext,
  member: Member,
  question: EligibilityQuestion,
) {
  const memberName = `${member.firstName} ${member.lastName}`;
  if (question.kind === 'roll') {
    const { roll } = question;
    const entries = await listRollEntries(deps.database.db, roll.id, member.id);
    const standing = rollStandingOf(
      {
        ...roll,
        entries: entries.map((entry) => ({
          memberId: entry.memberId,
          eligible: entry.eligible,
          reasons: reasonsOf(entry),
        })),
      },
      member.id,
    );
    return {
      memberId: member.id,
      memberName,
      question: `${roll.title}: ${ruleTitleOf(roll)} in ${unitName(context, roll.unitId)}, roll frozen at ${roll.frozenAt}`,
      eligible: standing.eligible,
      onRoll: standing.onRoll,
      summary: standing.summary,
      reasons: [...standing.reasons],
    };
  }
  const rule = context.preset.eligibility[question.ruleId];
  if (rule === undefined) {
    const known = Object.keys(context.preset.eligibility).join(', ');
    throw new ProblemError(
      'validation-failed',
      `ruleId: ${context.preset.title} has no rule "${question.ruleId}"; known: ${known}`,
    );
  }
  if (question.unitId !== undefined && !context.tree.byId.has(question.unitId)) {
    throw new ProblemError('validation-failed', `unitId: there is no unit "${question.unitId}"`);
  }
  const result = evaluateEligibility(member, rule.id, {
    preset: context.preset,
    at: question.at,
    ...(question.unitId === undefined ? {} : { unit: { unitId: question.unitId, tree: context.tree } }),
  });
  const failed = result.reasons.filter((reason) => !reason.passed).map((reason) => reason.message);
  const where = question.unitId === undefined ? '' : ` in ${unitName(context, question.unitId)}`;
  return {
    memberId: member.id,
    memberName,
    question: `${rule.title}${where} on ${question.at} (${context.preset.title})`,
    eligible: result.eligible,
    onRoll: null,
    summary: result.eligible
      ? `eligible: every condition of "${rule.title}" is met on ${question.at}`
      : `not eligible: ${failed.join('; ')}`,
    reasons: [...result.reasons],
  };
}

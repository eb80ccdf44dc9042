import { listRollEntries, type RollRecord } from '@caucus/db';
import { evaluateEligibility, type Member, type Reason, rollStandingOf } from '@caucus/party';
import { unitName } from '../../context/present-member';
import type { RequestContext } from '../../context/request-context';
import { reasonsOf, ruleOfRoll } from '../../context/stored-roll';
import type { AppDeps } from '../../http/env';
import { ProblemError } from '../../http/problem';

/** The question asked: a stored roll, or a rule at a date (optionally within a unit). */
export type EligibilityQuestion =
  | { readonly kind: 'roll'; readonly roll: RollRecord }
  | {
      readonly kind: 'rule';
      readonly ruleId: string;
      readonly at: string;
      readonly unitId: string | undefined;
    };

/** "Can this member vote in X, and if not, why?" with every reason (the presenter decides who sees them). */
export interface EligibilityAnswer {
  readonly memberId: string;
  readonly memberName: string;
  readonly question: string;
  readonly eligible: boolean;
  readonly onRoll: boolean | null;
  readonly summary: string;
  readonly reasons: readonly Reason[];
}

/** Answers an eligibility question about a member, judged by the rule book in force on the question's date. */
export async function checkEligibility(
  deps: AppDeps,
  context: RequestContext,
  member: Member,
  question: EligibilityQuestion,
): Promise<EligibilityAnswer> {
  const memberName = `${member.firstName} ${member.lastName}`;
  const tree = await context.tree();
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
      question: `${roll.title}: ${ruleOfRoll(roll).ruleTitle} in ${unitName({ tree }, roll.unitId)}, roll frozen at ${roll.frozenAt}`,
      eligible: standing.eligible,
      onRoll: standing.onRoll,
      summary: standing.summary,
      reasons: standing.reasons,
    };
  }
  const ruleBook = await context.ruleBookOn(question.at);
  const rule = ruleBook.party.eligibility[question.ruleId];
  if (rule === undefined) {
    const known = Object.keys(ruleBook.party.eligibility).join(', ');
    throw new ProblemError(
      'validation-failed',
      `ruleId: the ${ruleBook.edition.title}, in force on ${question.at}, has no rule "${question.ruleId}"; known: ${known}`,
    );
  }
  if (question.unitId !== undefined && !tree.byId.has(question.unitId)) {
    throw new ProblemError('validation-failed', `unitId: there is no unit "${question.unitId}"`);
  }
  const result = evaluateEligibility(member, rule.id, {
    ruleBook,
    at: question.at,
    ...(question.unitId === undefined ? {} : { unit: { unitId: question.unitId, tree } }),
  });
  const failed = result.reasons.filter((reason) => !reason.passed).map((reason) => reason.message);
  const where = question.unitId === undefined ? '' : ` in ${unitName({ tree }, question.unitId)}`;
  return {
    memberId: member.id,
    memberName,
    question: `${rule.title}${where} on ${question.at} (${ruleBook.edition.title})`,
    eligible: result.eligible,
    onRoll: null,
    summary: result.eligible
      ? `eligible: every condition of "${rule.title}" is met on ${question.at}`
      : `not eligible: ${failed.join('; ')}`,
    reasons: result.reasons,
  };
}

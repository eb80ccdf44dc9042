import type { Roll } from '../eligibility/frozen-roll';
import { unitKindLabels } from '../units/unit';
import { getUnit, isWithin, type UnitTree } from '../units/unit-tree';
import type { Member } from './member';

/** Whether a member may move branch now, with the open rolls that stop it. */
export interface BranchMoveCheck {
  readonly allowed: boolean;
  readonly blockingRollIds: readonly string[];
  readonly explanation: string;
}

// A move is blocked while the member is an eligible voter on an open roll whose unit the move would take them out
// of; moves inside that unit, off closed rolls, or by members not eligible on the roll change nothing.

/** Decides whether moving a member to another branch is allowed, and explains why not. */
export function checkBranchMove(
  member: Pick<Member, 'id' | 'branchId'>,
  toBranchId: string,
  rolls: readonly Roll[],
  tree: UnitTree,
): BranchMoveCheck {
  const target = getUnit(tree, toBranchId);
  if (target.kind !== 'branch') {
    return {
      allowed: false,
      blockingRollIds: [],
      explanation: `${target.name} is a ${unitKindLabels[target.kind]}, not a branch`,
    };
  }
  if (member.branchId === toBranchId) {
    return { allowed: false, blockingRollIds: [], explanation: `the member is already in ${target.name}` };
  }
  const blocking = rolls.filter(
    (roll) =>
      roll.state === 'open' &&
      roll.entries.some((entry) => entry.memberId === member.id && entry.eligible) &&
      isWithin(tree, member.branchId, roll.unitId) &&
      !isWithin(tree, toBranchId, roll.unitId),
  );
  if (blocking.length === 0) {
    return {
      allowed: true,
      blockingRollIds: [],
      explanation: `the move to ${target.name} affects no open roll`,
    };
  }
  const described = blocking.map(
    (roll) => `"${roll.title}" in ${getUnit(tree, roll.unitId).name} (frozen at ${roll.frozenAt})`,
  );
  return {
    allowed: false,
    blockingRollIds: blocking.map((roll) => roll.id),
    explanation:
      `cannot move to ${target.name} while the member is an eligible voter on the open roll for ${described.join(' and ')}; ` +
      'the move can be made once the roll closes',
  };
}

import { memberActionRoles } from '@caucus/party';
import type { Session } from '../../app/session';

/** What the viewer may do to a member, derived from their session's grants and the units above the member. */
export interface MemberPowers {
  changeStatus: boolean;
  moveBranch: boolean;
}

/**
 * Works out which officer controls to show for a member in `branchId`, whose ancestors (nearest first) are
 * `aboveBranch`; a move must stay covered by the same grant, so it needs a grant above the branch.
 */
export function memberPowers(
  grants: Session['grants'],
  branchId: string,
  aboveBranch: readonly string[],
): MemberPowers {
  // The same role lists the server's policy uses; the server still decides, this only hides controls.
  const holds = (roles: readonly string[], unitIds: readonly string[]) =>
    grants.some((grant) => roles.includes(grant.role) && unitIds.includes(grant.unitId));
  return {
    changeStatus: holds(memberActionRoles['member.change_status'], [branchId, ...aboveBranch]),
    moveBranch: holds(memberActionRoles['member.move_branch'], aboveBranch),
  };
}

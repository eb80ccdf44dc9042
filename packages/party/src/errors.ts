/** Base class of every error thrown by @caucus/party. */
export class PartyDomainError extends Error {
  override readonly name: string = 'PartyDomainError';
}

/** A string is not a real calendar date in `YYYY-MM-DD` form. */
export class InvalidDateError extends PartyDomainError {
  override readonly name = 'InvalidDateError';
  constructor(readonly value: string) {
    super(`"${value}" is not a calendar date in YYYY-MM-DD form`);
  }
}

/** A unit id was not found in the unit tree. */
export class UnknownUnitError extends PartyDomainError {
  override readonly name = 'UnknownUnitError';
  constructor(readonly unitId: string) {
    super(`unknown unit "${unitId}"`);
  }
}

/** A set of units does not form a valid national → nation → region → CLP → branch tree. */
export class InvalidUnitTreeError extends PartyDomainError {
  override readonly name = 'InvalidUnitTreeError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid unit tree: ${problems.join('; ')}`);
  }
}

/** A rule-book preset id is not registered. */
export class UnknownPresetError extends PartyDomainError {
  override readonly name = 'UnknownPresetError';
  constructor(readonly presetId: string) {
    super(`unknown rule-book preset "${presetId}"`);
  }
}

/** A rule id is not defined in the rule-book preset being used. */
export class UnknownRuleError extends PartyDomainError {
  override readonly name = 'UnknownRuleError';
  constructor(
    readonly presetId: string,
    readonly ruleId: string,
  ) {
    super(`rule-book preset "${presetId}" has no eligibility rule "${ruleId}"`);
  }
}

/** A member record breaks an invariant (history order, join date, current branch). */
export class InvalidMemberError extends PartyDomainError {
  override readonly name = 'InvalidMemberError';
  constructor(
    readonly memberId: string,
    readonly problem: string,
  ) {
    super(`member ${memberId}: ${problem}`);
  }
}

/** A branch move is refused because the member is on an open frozen roll. */
export class BranchMoveBlockedError extends PartyDomainError {
  override readonly name = 'BranchMoveBlockedError';
  constructor(
    readonly memberId: string,
    readonly explanation: string,
  ) {
    super(explanation);
  }
}

/** A role grant names a unit of the wrong kind for the role. */
export class InvalidRoleGrantError extends PartyDomainError {
  override readonly name = 'InvalidRoleGrantError';
  constructor(readonly problem: string) {
    super(problem);
  }
}

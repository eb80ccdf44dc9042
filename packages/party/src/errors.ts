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

/** A rule-book edition id is not one Caucus knows. */
export class UnknownEditionError extends PartyDomainError {
  override readonly name = 'UnknownEditionError';
  constructor(
    readonly editionId: string,
    readonly known: readonly string[],
  ) {
    super(`unknown rule-book edition "${editionId}"; known editions: ${known.join(', ')}`);
  }
}

/** A party's rule-book timeline names unknown editions or starts two on one day. */
export class InvalidTimelineError extends PartyDomainError {
  override readonly name = 'InvalidTimelineError';
  constructor(readonly problems: readonly string[]) {
    super(`invalid rule-book timeline: ${problems.join('; ')}`);
  }
}

/** A question is dated before the first rule-book edition the party adopted. */
export class NoEditionInForceError extends PartyDomainError {
  override readonly name = 'NoEditionInForceError';
  constructor(
    readonly on: string,
    readonly first: { readonly editionId: string; readonly effectiveFrom: string } | undefined,
  ) {
    super(
      first === undefined
        ? `no rule-book edition is in force on ${on}: the party has adopted none`
        : `no rule-book edition is in force on ${on}: the first the party adopted (${first.editionId}) takes effect on ${first.effectiveFrom}`,
    );
  }
}

/** A rule id is not defined in the rule-book edition being used. */
export class UnknownRuleError extends PartyDomainError {
  override readonly name = 'UnknownRuleError';
  constructor(
    readonly editionId: string,
    readonly ruleId: string,
  ) {
    super(`rule-book edition "${editionId}" has no eligibility rule "${ruleId}"`);
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

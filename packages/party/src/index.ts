// Public API of @caucus/party: the membership kernel every domain builds on — dates, units, members, offices,
// roles and access to members' data, eligibility and frozen rolls, the rule book's editions and timeline, and the
// one Decision type that every domain's policies return.

export * from './access/audit-entry';
export * from './access/member-field-access';
export * from './access/redact-audit-entry';
export * from './access/redact-member';
export * from './access/roles';
export * from './dates/age-band';
export * from './dates/calendar-date';
export * from './eligibility/eligibility';
export * from './eligibility/eligibility-reason';
export * from './eligibility/frozen-roll';
export * from './errors';
export * from './members/arrears';
export * from './members/branch-move-check';
export * from './members/continuous-membership';
export * from './members/member';
export * from './members/member-changes';
export * from './members/member-history';
export * from './members/postcode';
export * from './members/young-members';
export * from './offices/office';
export * from './offices/office-roles';
export * from './policies/decision';
export * from './policies/party-policies';
export * from './rule-book/amend';
export * from './rule-book/edition';
export * from './rule-book/party-rules';
export * from './rule-book/party-rules-schema';
export * from './rule-book/party-section';
export * from './rule-book/section';
export * from './rule-book/timeline';
export * from './units/affiliate';
export * from './units/unit';
export * from './units/unit-tree';

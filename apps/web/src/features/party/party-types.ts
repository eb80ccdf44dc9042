import type { Schemas } from '../../lib/api';

// The party API's types, named for the pages that use them. Every one is the generated OpenAPI type; nothing here
// mirrors the server by hand.

/** A party unit. */
export type Unit = Schemas['Unit'];
/** One tested condition of an eligibility rule. */
export type Reason = Schemas['EligibilityReason'];
/** A member as the viewer may see them, with what the viewer may do with them. */
export type MemberView = Schemas['MemberView'];
/** GET /api/me/membership */
export type MyMembership = Schemas['MyMembership'];
/** GET /api/units/{unitId} */
export type UnitDetail = Schemas['UnitDetail'];
/** GET /api/units/{unitId}/members */
export type MemberList = Schemas['MemberList'];
/** POST /api/units/{unitId}/imports */
export type ImportPlan = Schemas['ImportPlan'];
/** A row-level problem in an import file. */
export type ImportIssue = ImportPlan['errors'][number];
/** GET /api/units/{unitId}/audit */
export type AuditLog = Schemas['AuditLog'];
/** GET /api/eligibility */
export type EligibilityAnswer = Schemas['EligibilityAnswer'];
/** GET /api/eligibility/rules */
export type RuleList = Schemas['RuleList'];
/** POST /api/units/{unitId}/officers: the office and its new holder. */
export type AssignedOffice = Schemas['Officer'];
/** A frozen roll's header, counts and what the viewer may do with it. */
export type RollSummary = Schemas['RollSummary'];

/** How each role is named to people. */
export const ROLE_LABELS: Record<string, string> = {
  branch_officer: 'Branch officer',
  branch_secretary: 'Branch secretary',
  clp_officer: 'CLP officer',
  clp_secretary: 'CLP secretary',
  regional_officer: 'Regional officer',
  national_officer: 'National officer',
  admin: 'Administrator',
};

/** How each unit kind is named to people. */
export const UNIT_KIND_LABELS: Record<Unit['kind'], string> = {
  national: 'National party',
  nation: 'Nation',
  region: 'Region',
  clp: 'CLP',
  branch: 'Branch',
};

/** Membership statuses, in the order people expect them. */
export const MEMBER_STATUSES = [
  'active',
  'pending',
  'suspended',
  'lapsed',
  'resigned',
  'expelled',
  'deceased',
] as const satisfies readonly MemberView['status'][];

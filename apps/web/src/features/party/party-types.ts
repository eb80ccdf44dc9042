/** A party unit as the API returns it. */
export interface Unit {
  id: string;
  kind: 'national' | 'nation' | 'region' | 'clp' | 'branch';
  name: string;
  parentId: string | null;
  gss: string | null;
}

/** One tested condition of an eligibility rule. */
export interface Reason {
  kind: string;
  passed: boolean;
  message: string;
}

/** A member as the viewer may see them (fields outside their role are absent). */
export interface MemberView {
  id: string;
  firstName: string;
  lastName: string;
  branchId: string;
  branchName: string;
  status: string;
  visibleGroups: string[];
  membershipNumber?: string;
  joinedOn?: string;
  paidUpTo?: string | null;
  inArrears?: boolean;
  email?: string | null;
  phone?: string | null;
  addressLines?: string[];
  postcode?: string | null;
  gender?: string | null;
  ageBand?: string | null;
  dateOfBirth?: string | null;
  ethnicity?: string | null;
  tradeUnions?: { union: string }[];
  consent?: { email: boolean; phone: boolean; sms: boolean; post: boolean };
  statusHistory?: { on: string; status: string; note: string | null }[];
  branchHistory?: { on: string; from: string | null; to: string }[];
}

/** GET /api/me/membership */
export interface MyMembership {
  member: MemberView | null;
  units: Unit[];
  offices: {
    unitId: string;
    unitName: string;
    title: string;
    from: string;
    to: string | null;
    current: boolean;
  }[];
  roles: { role: string; unitId: string; description: string }[];
  rolls: {
    rollId: string;
    title: string;
    unitName: string;
    frozenAt: string;
    state: 'open' | 'closed';
    eligible: boolean;
    reasons: Reason[];
  }[];
  presetTitle: string;
}

/** GET /api/units/{id} */
export interface UnitDetail {
  unit: Unit;
  ancestors: Unit[];
  children: (Unit & { members: number })[];
  members: number;
  officers: {
    officeId: string;
    key: string;
    title: string;
    authority: string;
    holder: { memberId: string; name: string; from: string; to: string | null } | null;
  }[];
  affiliatedBranches: {
    id: string;
    name: string;
    affiliate: string;
    affiliateKind: string;
    affiliatedMembership: number;
  }[];
  presetTitle: string;
  permissions: {
    listMembers: boolean;
    importMembers: boolean;
    assignOfficers: boolean;
    freezeRolls: boolean;
    viewRolls: boolean;
    viewAudit: boolean;
  };
}

/** GET /api/units/{id}/members */
export interface MemberList {
  unitId: string;
  total: number;
  page: number;
  pageSize: number;
  members: MemberView[];
}

/** A row-level problem in an import file. */
export interface ImportIssue {
  severity: 'error' | 'warning';
  line: number;
  column: string | null;
  value: string | null;
  message: string;
  fix: string;
}

/** POST /api/units/{id}/imports */
export interface ImportPlan {
  dryRun: boolean;
  applied: boolean;
  hasErrors: boolean;
  counts: {
    creates: number;
    updates: number;
    unchanged: number;
    notInFile: number;
    errors: number;
    warnings: number;
  };
  creates: { line: number; membershipNumber: string; name: string; branchName: string }[];
  updates: {
    line: number;
    membershipNumber: string;
    name: string;
    changes: { field: string; withheld: boolean; before?: unknown; after?: unknown }[];
  }[];
  truncated: boolean;
  errors: ImportIssue[];
  warnings: ImportIssue[];
}

/** GET /api/units/{id}/audit */
export interface AuditLog {
  entries: {
    id: string;
    at: string;
    actorName: string | null;
    action: string;
    unitName: string;
    subject: { type: string; id: string };
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null;
    withheldFields: string[];
  }[];
}

/** GET /api/eligibility */
export interface EligibilityAnswer {
  memberId: string;
  memberName: string;
  question: string;
  eligible: boolean;
  onRoll: boolean | null;
  summary: string;
  reasons: Reason[];
}

/** GET /api/eligibility/rules */
export interface RuleList {
  presetId: string;
  presetTitle: string;
  rules: { id: string; title: string; source: string }[];
}

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

/** Membership statuses the API knows, in the order people expect them. */
export const MEMBER_STATUSES = [
  'active',
  'pending',
  'suspended',
  'lapsed',
  'resigned',
  'expelled',
  'deceased',
];

/** POST /api/units/{id}/officers: the office and its new holder. */
export type AssignedOffice = UnitDetail['officers'][number];

/** A frozen roll's header and counts. */
export interface RollSummary {
  id: string;
  title: string;
  unitId: string;
  unitName: string;
  ruleId: string;
  ruleTitle: string;
  frozenAt: string;
  state: 'open' | 'closed';
  entries: number;
  eligible: number;
}

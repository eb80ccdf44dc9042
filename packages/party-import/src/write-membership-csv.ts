import { enclosingUnit, getUnit, type Member, type UnitTree } from '@caucus/party';
import { type MembershipCsvField, membershipCsvColumns } from './membership-csv-columns';

function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

// The output includes special-category fields: write it only for someone entitled to see them (e.g. a member's
// own data download, or tests and benchmarks).

/** Writes members as a membership CSV with every canonical column, readable by `parseMembershipCsv`. */
export function writeMembershipCsv(members: readonly Member[], tree: UnitTree): string {
  const lines = [membershipCsvColumns.map((column) => column.header).join(',')];
  for (const member of members) {
    const branch = getUnit(tree, member.branchId);
    const clp = enclosingUnit(tree, member.branchId, 'clp');
    const [line1 = '', line2 = '', line3 = '', ...rest] = member.addressLines;
    const values: Record<MembershipCsvField, string> = {
      membershipNumber: member.membershipNumber,
      firstName: member.firstName,
      lastName: member.lastName,
      email: member.email ?? '',
      phone: member.phone ?? '',
      addressLine1: line1,
      addressLine2: line2,
      addressLine3: line3,
      town: rest.join(', '),
      postcode: member.postcode ?? '',
      branch: branch.gss ?? branch.id,
      clp: clp?.gss ?? clp?.id ?? '',
      joinedOn: member.joinedOn,
      status: member.status,
      statusSince: member.statusHistory.at(-1)?.on ?? '',
      paidUpTo: member.paidUpTo ?? '',
      dateOfBirth: member.dateOfBirth ?? '',
      ageBand: member.ageBand ?? '',
      gender: member.gender ?? '',
      ethnicity: member.ethnicity ?? '',
      tradeUnions: member.tradeUnions.map((membership) => membership.union).join('; '),
      consentEmail: yesNo(member.consent.email),
      consentPhone: yesNo(member.consent.phone),
      consentSms: yesNo(member.consent.sms),
      consentPost: yesNo(member.consent.post),
    };
    lines.push(membershipCsvColumns.map((column) => quote(values[column.field])).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

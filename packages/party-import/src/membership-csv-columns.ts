/** The fields a membership CSV can carry. */
export type MembershipCsvField =
  | 'membershipNumber'
  | 'firstName'
  | 'lastName'
  | 'email'
  | 'phone'
  | 'addressLine1'
  | 'addressLine2'
  | 'addressLine3'
  | 'town'
  | 'postcode'
  | 'branch'
  | 'clp'
  | 'joinedOn'
  | 'status'
  | 'statusSince'
  | 'paidUpTo'
  | 'dateOfBirth'
  | 'ageBand'
  | 'gender'
  | 'ethnicity'
  | 'tradeUnions'
  | 'consentEmail'
  | 'consentPhone'
  | 'consentSms'
  | 'consentPost';

/** One column of the membership CSV: its canonical header, the other headers accepted for it, and what it holds. */
export interface MembershipCsvColumn {
  readonly field: MembershipCsvField;
  readonly header: string;
  readonly required: boolean;
  readonly aliases: readonly string[];
  readonly description: string;
  readonly example: string;
}

const DATE = 'YYYY-MM-DD or DD/MM/YYYY';
const YES_NO = 'yes/no, y/n, true/false or 1/0; blank means no';

/** The membership CSV specification, in canonical column order. Headers match ignoring case, spaces and punctuation. */
export const membershipCsvColumns: readonly MembershipCsvColumn[] = [
  {
    field: 'membershipNumber',
    header: 'membership_number',
    required: true,
    aliases: ['membership no', 'member number', 'member no', 'membership id', 'member id', 'membership ref'],
    description: "The national membership system's number; the key that matches rows to existing members.",
    example: 'L1234567',
  },
  {
    field: 'firstName',
    header: 'first_name',
    required: true,
    aliases: ['forename', 'forenames', 'given name', 'firstname', 'first names'],
    description: 'First name.',
    example: 'Ann',
  },
  {
    field: 'lastName',
    header: 'last_name',
    required: true,
    aliases: ['surname', 'family name', 'lastname'],
    description: 'Last name.',
    example: 'Smith',
  },
  {
    field: 'email',
    header: 'email',
    required: false,
    aliases: ['email address', 'e-mail', 'primary email'],
    description: 'Email address; blank clears it.',
    example: 'ann.smith@example.org',
  },
  {
    field: 'phone',
    header: 'phone',
    required: false,
    aliases: ['telephone', 'phone number', 'mobile', 'mobile number', 'tel'],
    description: 'Phone number; spaces, dashes, brackets and a "(0)" after +44 are removed.',
    example: '07700 900123',
  },
  {
    field: 'addressLine1',
    header: 'address_line_1',
    required: false,
    aliases: ['address 1', 'address1', 'address', 'street'],
    description: 'First address line.',
    example: '1 High Street',
  },
  {
    field: 'addressLine2',
    header: 'address_line_2',
    required: false,
    aliases: ['address 2', 'address2'],
    description: 'Second address line.',
    example: 'Flat 2',
  },
  {
    field: 'addressLine3',
    header: 'address_line_3',
    required: false,
    aliases: ['address 3', 'address3', 'locality'],
    description: 'Third address line.',
    example: 'Old Town',
  },
  {
    field: 'town',
    header: 'town',
    required: false,
    aliases: ['city', 'post town', 'town city'],
    description: 'Town or city (stored as the last address line).',
    example: 'Hartlepool',
  },
  {
    field: 'postcode',
    header: 'postcode',
    required: false,
    aliases: ['post code', 'postal code', 'zip'],
    description: 'UK postcode in any case or spacing; stored as e.g. "TS24 7AA".',
    example: 'TS24 7AA',
  },
  {
    field: 'branch',
    header: 'branch',
    required: true,
    aliases: ['branch code', 'branch name', 'ward', 'ward code', 'ward name', 'branch id'],
    description:
      'The branch: its ward GSS code, its unit id or its name (a name shared by several branches needs clp).',
    example: 'E05008942',
  },
  {
    field: 'clp',
    header: 'clp',
    required: false,
    aliases: [
      'constituency',
      'constituency code',
      'pcon',
      'pcon code',
      'clp code',
      'clp name',
      'constituency name',
    ],
    description:
      "The CLP: the 2024 constituency GSS code, unit id or name; checked against the branch's CLP.",
    example: 'E14001272',
  },
  {
    field: 'joinedOn',
    header: 'joined_on',
    required: true,
    aliases: ['join date', 'joined', 'date joined', 'joining date', 'start date', 'member since'],
    description: `Date membership began (${DATE}).`,
    example: '2019-03-01',
  },
  {
    field: 'status',
    header: 'status',
    required: true,
    aliases: ['membership status', 'member status'],
    description:
      'active, pending, suspended, lapsed, resigned, expelled or deceased (also: current, new, expired…).',
    example: 'active',
  },
  {
    field: 'statusSince',
    header: 'status_since',
    required: false,
    aliases: ['status date', 'status changed', 'status change date', 'lapsed date'],
    description: `When the status took effect (${DATE}). For an active member, a date after joined_on means they rejoined then, and continuous membership counts from it. If blank, a lapse is dated the day after paid_up_to and other changes the import date.`,
    example: '2024-02-01',
  },
  {
    field: 'paidUpTo',
    header: 'paid_up_to',
    required: false,
    aliases: [
      'paid to',
      'paid up to',
      'paid until',
      'expiry date',
      'membership expiry',
      'expires',
      'renewal date',
    ],
    description: `Last day covered by subscriptions (${DATE}); later days are in arrears. Blank means nothing paid.`,
    example: '2025-01-31',
  },
  {
    field: 'dateOfBirth',
    header: 'date_of_birth',
    required: false,
    aliases: ['dob', 'birth date', 'birthdate', 'date of birth'],
    description: `Date of birth (${DATE}).`,
    example: '1990-07-14',
  },
  {
    field: 'ageBand',
    header: 'age_band',
    required: false,
    aliases: ['age group', 'age range'],
    description:
      'Age band when no date of birth: under_18, 18_to_26, 27_to_34, 35_to_44, 45_to_54, 55_to_64, 65_plus (or "18-26", "65+").',
    example: '18-26',
  },
  {
    field: 'gender',
    header: 'gender',
    required: false,
    aliases: ['sex', 'gender identity', 'self described gender'],
    description: "Self-described gender, kept in the member's own words.",
    example: 'woman',
  },
  {
    field: 'ethnicity',
    header: 'ethnicity',
    required: false,
    aliases: ['ethnic origin', 'ethnic group', 'self identified ethnicity'],
    description:
      'Self-identified ethnicity (special-category data; visible only to roles the rule book names).',
    example: 'Black British',
  },
  {
    field: 'tradeUnions',
    header: 'trade_union',
    required: false,
    aliases: ['trade unions', 'union', 'unions', 'union membership', 'tu'],
    description: 'Trade union(s), separated by ";", named as in the union list (name or alias).',
    example: 'UNISON; GMB',
  },
  {
    field: 'consentEmail',
    header: 'consent_email',
    required: false,
    aliases: ['email consent', 'email opt in', 'contact by email'],
    description: `Consent to contact by email (${YES_NO}).`,
    example: 'yes',
  },
  {
    field: 'consentPhone',
    header: 'consent_phone',
    required: false,
    aliases: ['phone consent', 'phone opt in', 'contact by phone'],
    description: `Consent to contact by phone (${YES_NO}).`,
    example: 'no',
  },
  {
    field: 'consentSms',
    header: 'consent_sms',
    required: false,
    aliases: ['sms consent', 'sms opt in', 'contact by sms', 'text consent'],
    description: `Consent to contact by text message (${YES_NO}).`,
    example: 'no',
  },
  {
    field: 'consentPost',
    header: 'consent_post',
    required: false,
    aliases: ['post consent', 'postal consent', 'contact by post'],
    description: `Consent to contact by post (${YES_NO}).`,
    example: 'yes',
  },
];

/** Reduces a header to lower-case letters and digits, so "Membership No." and "membership_no" match. */
export function normaliseHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9]/g, '');
}

const headerIndex = new Map<string, MembershipCsvField>(
  membershipCsvColumns.flatMap((column) =>
    [column.header, ...column.aliases].map((name): [string, MembershipCsvField] => [
      normaliseHeader(name),
      column.field,
    ]),
  ),
);

/** The field a CSV header stands for, or null if it is not recognised. */
export function fieldForHeader(header: string): MembershipCsvField | null {
  return headerIndex.get(normaliseHeader(header)) ?? null;
}

import {
  type Affiliate,
  type AffiliatedBranch,
  addDays,
  addMonths,
  ageBandOf,
  type BranchMove,
  buildUnitTree,
  type ContactConsent,
  daysBetween,
  defaultTimeline,
  type EditionId,
  editionInForce,
  type IsoDate,
  laterDate,
  type Member,
  type MemberStatus,
  type Office,
  type OfficeHolder,
  officesForUnit,
  type PartyRuleBook,
  partyRuleBookOf,
  type Role,
  type RoleGrant,
  roleGrantsFromOffices,
  type StatusChange,
  type TradeUnionMembership,
  type Unit,
} from '@caucus/party';
import type { TradeUnionDirectoryEntry } from '@caucus/party-import';
import { demoOrganisations } from './demo-affiliates';
import {
  demoEthnicities,
  demoMensNames,
  demoOtherNames,
  demoStreetKinds,
  demoSurnames,
  demoWardEndings,
  demoWardQualifiers,
  demoWardStems,
  demoWomensNames,
} from './demo-names';
import { createSeededRandom, type SeededRandom } from './seeded-random';

/** A real Westminster constituency (2024 boundaries) to build a demo CLP on. */
export interface DemoConstituency {
  readonly gss: string;
  readonly name: string;
}

/** What to generate: the seed, "today", one region's constituencies and how many members. */
export interface DemoPartyInput {
  readonly seed: string | number;
  readonly today: IsoDate;
  readonly nation: { readonly name: string; readonly gss: string | null };
  /** The English region, or null for Scotland and Wales, whose CLPs sit directly under the nation. */
  readonly region: { readonly name: string; readonly gss: string | null } | null;
  readonly constituencies: readonly DemoConstituency[];
  /** Members to generate; 3,000 unless given. */
  readonly memberCount?: number;
  /** Postcode areas for addresses, e.g. ["TS", "DH", "NE"]; a UK-wide mix unless given. */
  readonly postcodeAreas?: readonly string[];
  /** Rule book whose offices the units get; the default timeline's edition in force on `today` unless given. */
  readonly ruleBook?: PartyRuleBook;
}

/** A sign-in level: an ordinary member or one of the roles. */
export type SignInLevel = 'member' | Role;

/** A demo account for one sign-in level. */
export interface DemoSignIn {
  readonly email: string;
  readonly level: SignInLevel;
  readonly memberId: string | null;
  /** Roles granted directly to the account (regional, national, admin); store these. */
  readonly staffGrants: readonly RoleGrant[];
  /** Every role the account has today, including those from office; derived, for display. */
  readonly grants: readonly RoleGrant[];
  readonly description: string;
}

/** A generated demo party, ready to store. */
export interface DemoParty {
  /** The rule-book edition the units' offices come from. */
  readonly editionId: EditionId;
  readonly units: readonly Unit[];
  readonly affiliates: readonly Affiliate[];
  readonly affiliatedBranches: readonly AffiliatedBranch[];
  readonly tradeUnions: readonly TradeUnionDirectoryEntry[];
  readonly offices: readonly Office[];
  readonly officeHolders: readonly OfficeHolder[];
  readonly members: readonly Member[];
  readonly signIns: readonly DemoSignIn[];
}

const DEFAULT_MEMBER_COUNT = 3000;
const UK_POSTCODE_AREAS = ['B', 'BS', 'CF', 'DH', 'EH', 'G', 'L', 'LS', 'M', 'NE', 'NG', 'S', 'SE', 'TS'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const DAYS_PER_YEAR = 365;
const MINIMUM_JOINING_AGE = 14;
const DEMO_EMAIL_DOMAIN = 'example.org';

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function wardName(random: SeededRandom, town: string, used: Set<string>): string {
  for (;;) {
    const name = random.chance(0.3)
      ? `${town} ${random.pick(demoWardQualifiers)}`
      : `${random.pick(demoWardStems)}${random.pick(demoWardEndings)}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

function townOf(constituency: DemoConstituency): string {
  const place = constituency.name
    .replace(/^(?:City of|North|South|East|West|Mid|Central)\s+/, '')
    .split(/,| and /)[0]
    ?.replace(/\s+(?:North|South|East|West|Central|Mid)$/, '')
    .trim();
  return place === undefined || place === '' ? constituency.name : place;
}

function buildUnits(input: DemoPartyInput, random: SeededRandom, partyName: string) {
  const national: Unit = { id: 'national', kind: 'national', name: partyName, parentId: null, gss: null };
  const nation: Unit = {
    id: `nation-${slug(input.nation.name)}`,
    kind: 'nation',
    name: input.nation.name,
    parentId: national.id,
    gss: input.nation.gss,
  };
  const region: Unit | null =
    input.region === null
      ? null
      : {
          id: `region-${slug(input.region.name)}`,
          kind: 'region',
          name: input.region.name,
          parentId: nation.id,
          gss: input.region.gss,
        };
  const clps: Unit[] = [];
  const branches: Unit[] = [];
  const towns = new Map<string, string>();
  for (const constituency of input.constituencies) {
    const clp: Unit = {
      id: `clp-${constituency.gss}`,
      kind: 'clp',
      name: `${constituency.name} CLP`,
      parentId: (region ?? nation).id,
      gss: constituency.gss,
    };
    clps.push(clp);
    towns.set(clp.id, townOf(constituency));
    const used = new Set<string>();
    const count = random.int(3, 7);
    for (let index = 1; index <= count; index += 1) {
      const ward = wardName(random, townOf(constituency), used);
      branches.push({
        id: `${clp.id}-b${index}`,
        kind: 'branch',
        name: `${ward} branch`,
        parentId: clp.id,
        gss: null,
      });
    }
  }
  const top = region === null ? [national, nation] : [national, nation, region];
  return { staffUnit: region ?? nation, units: [...top, ...clps, ...branches], clps, branches, towns };
}

function buildOrganisations() {
  const affiliates: Affiliate[] = [];
  const tradeUnions: TradeUnionDirectoryEntry[] = [];
  for (const organisation of demoOrganisations) {
    const id = `affiliate-${slug(organisation.name)}`;
    if (organisation.affiliated) {
      affiliates.push({
        id,
        name: organisation.name,
        kind: organisation.kind,
        affiliatedMembership: organisation.demoMembership,
        tucAffiliated: organisation.tucAffiliated,
      });
    }
    if (organisation.kind === 'trade_union') {
      tradeUnions.push({
        name: organisation.name,
        aliases: organisation.aliases,
        affiliateId: organisation.affiliated ? id : null,
        tucAffiliated: organisation.tucAffiliated,
      });
    }
  }
  return { affiliates, tradeUnions };
}

interface MemberContext {
  readonly random: SeededRandom;
  readonly today: IsoDate;
  readonly branches: readonly Unit[];
  readonly towns: ReadonlyMap<string, string>;
  readonly postcodeAreas: readonly string[];
  readonly unionWeights: readonly (readonly [TradeUnionDirectoryEntry, number])[];
}

function daysAgo(random: SeededRandom): number {
  const [low, high] = random.weighted<readonly [number, number]>([
    [[0, 120], 8],
    [[121, 365], 10],
    [[366, 1095], 20],
    [[1096, 3650], 42],
    [[3651, 18000], 20],
  ]);
  return random.int(low, high);
}

function postcode(random: SeededRandom, areas: readonly string[]): string {
  const inward = `${random.int(0, 9)}${random.pick([...INWARD_LETTERS])}${random.pick([...INWARD_LETTERS])}`;
  return `${random.pick(areas)}${random.int(1, 29)} ${inward}`;
}

function statusStory(random: SeededRandom, joinedOn: IsoDate, today: IsoDate) {
  const age = daysBetween(joinedOn, today);
  const history: StatusChange[] = [{ on: joinedOn, status: 'active', note: null }];
  const paidAhead = () => addDays(today, random.int(1, DAYS_PER_YEAR));
  if (age < 56 && random.chance(0.4)) {
    return {
      history: [{ on: joinedOn, status: 'pending' as const, note: null }],
      paidUpTo: addMonths(joinedOn, 12),
    };
  }
  const status = random.weighted<MemberStatus>([
    ['active', 82],
    ['lapsed', 9],
    ['resigned', 3],
    ['suspended', 1],
    ['expelled', 0.4],
    ['deceased', 0.6],
  ]);
  if (status === 'active' || age < 60) {
    if (age > 3 * DAYS_PER_YEAR && random.chance(0.06)) {
      const lapsedOn = addDays(joinedOn, random.int(200, age - 400));
      const rejoinedOn = addDays(lapsedOn, random.int(30, Math.min(700, daysBetween(lapsedOn, today) - 1)));
      history.push(
        { on: lapsedOn, status: 'lapsed', note: null },
        { on: rejoinedOn, status: 'active', note: null },
      );
    }
    const inArrears = age > 60 && random.chance(0.1);
    return {
      history,
      paidUpTo: inArrears ? laterDate(addDays(today, -random.int(1, 180)), joinedOn) : paidAhead(),
    };
  }
  // A lapse follows the last day paid for; a suspension leaves the subscription running.
  const changedOn = addDays(joinedOn, random.int(30, age - 1));
  history.push({ on: changedOn, status, note: null });
  if (status === 'lapsed') return { history, paidUpTo: addDays(changedOn, -1) };
  return { history, paidUpTo: status === 'suspended' ? paidAhead() : addDays(changedOn, random.int(0, 200)) };
}

function generateMember(index: number, context: MemberContext): Member {
  const { random, today } = context;
  const gender = random.weighted<string | null>([
    ['woman', 47],
    ['man', 47],
    ['non-binary', 2],
    [null, 4],
  ]);
  const names = gender === 'woman' ? demoWomensNames : gender === 'man' ? demoMensNames : demoOtherNames;
  const firstName = random.pick(names);
  const lastName = random.pick(demoSurnames);
  const ago = daysAgo(random);
  const joinedOn = addDays(today, -ago);
  const { history, paidUpTo } = statusStory(random, joinedOn, today);
  const branch = random.pick(context.branches);
  const clpId = branch.parentId ?? '';
  const neighbours = context.branches.filter(
    (candidate) => candidate.parentId === clpId && candidate.id !== branch.id,
  );
  const moved = ago > DAYS_PER_YEAR && neighbours.length > 0 && random.chance(0.06);
  const movedOn = moved ? addDays(joinedOn, random.int(30, ago - 30)) : null;
  const firstBranchId = movedOn === null ? branch.id : random.pick(neighbours).id;
  const branchHistory: BranchMove[] = [{ on: joinedOn, from: null, to: firstBranchId }];
  if (movedOn !== null) branchHistory.push({ on: movedOn, from: firstBranchId, to: branch.id });
  const ageNow = Math.max(random.int(16, 88), MINIMUM_JOINING_AGE + Math.ceil(ago / DAYS_PER_YEAR));
  const dateOfBirth = addDays(today, -(ageNow * DAYS_PER_YEAR + random.int(0, DAYS_PER_YEAR - 1)));
  const birthKnown = random.weighted<'date' | 'band' | 'none'>([
    ['date', 85],
    ['band', 10],
    ['none', 5],
  ]);
  const unions: TradeUnionMembership[] = [];
  const unionCount = random.weighted<number>([
    [0, 55],
    [1, 39],
    [2, 6],
  ]);
  for (let count = 0; count < unionCount; count += 1) {
    const union = random.weighted(context.unionWeights);
    if (!unions.some((held) => held.union === union.name)) {
      unions.push({
        union: union.name,
        affiliateId: union.affiliateId,
        tucAffiliated: union.tucAffiliated,
        from: null,
        to: null,
      });
    }
  }
  const consent: ContactConsent = {
    email: random.chance(0.75),
    phone: random.chance(0.4),
    sms: random.chance(0.3),
    post: random.chance(0.55),
  };
  const street = `${random.int(1, 250)} ${random.pick(demoWardStems)}${random.pick(['', 'field ', 'wood '])} ${random.pick(demoStreetKinds)}`;
  const lastStatus = history.at(-1)?.status ?? 'active';
  return {
    id: `member-${index + 1}`,
    membershipNumber: `L${1_000_000 + index}`,
    firstName,
    lastName,
    email: random.chance(0.92)
      ? `${slug(firstName)}.${slug(lastName)}.${index + 1}@example.com`.replace(/-/g, '')
      : null,
    phone: random.chance(0.65) ? `07700900${String(random.int(0, 999)).padStart(3, '0')}` : null,
    addressLines: random.chance(0.95) ? [street.replace(/\s+/g, ' '), context.towns.get(clpId) ?? ''] : [],
    postcode: random.chance(0.97) ? postcode(random, context.postcodeAreas) : null,
    branchId: branch.id,
    joinedOn,
    status: lastStatus,
    paidUpTo,
    gender,
    ethnicity: random.chance(0.65) ? random.weighted(demoEthnicities) : null,
    dateOfBirth: birthKnown === 'date' ? dateOfBirth : null,
    ageBand: birthKnown === 'band' ? ageBandOf(ageNow) : null,
    tradeUnions: unions,
    consent,
    statusHistory: history,
    branchHistory,
  };
}

function fillOffices(
  random: SeededRandom,
  offices: readonly Office[],
  candidates: readonly Member[],
  today: IsoDate,
): OfficeHolder[] {
  const holders: OfficeHolder[] = [];
  const taken = new Set<string>();
  for (const office of offices) {
    const core = office.key === 'chair' || office.key === 'secretary' || office.key === 'treasurer';
    if (!core && !random.chance(0.8)) continue;
    const suitable = candidates.filter(
      (member) =>
        !taken.has(member.id) &&
        (office.key !== 'womens_officer' || member.gender === 'woman') &&
        (office.key !== 'youth_officer' ||
          member.ageBand === '18_to_26' ||
          (member.dateOfBirth ?? '') > addMonths(today, -12 * 27)),
    );
    if (suitable.length === 0) continue;
    const holder = random.pick(suitable);
    taken.add(holder.id);
    const from = addDays(today, -random.int(30, 700));
    holders.push({
      id: `${office.id}/${holders.length + 1}`,
      officeId: office.id,
      memberId: holder.id,
      from,
      to: null,
    });
  }
  return holders;
}

/** Generates a realistic demo party on real constituencies; the same input (and seed) always gives the same party. */
export function generateDemoParty(input: DemoPartyInput): DemoParty {
  const ruleBook = input.ruleBook ?? partyRuleBookOf(editionInForce(defaultTimeline, input.today));
  const random = createSeededRandom(input.seed);
  const { staffUnit, units, clps, branches, towns } = buildUnits(input, random, ruleBook.edition.party);
  const tree = buildUnitTree(units);
  const { affiliates, tradeUnions } = buildOrganisations();
  const weights = new Map(demoOrganisations.map((organisation) => [organisation.name, organisation.weight]));
  const context: MemberContext = {
    random,
    today: input.today,
    branches,
    towns,
    postcodeAreas: input.postcodeAreas ?? UK_POSTCODE_AREAS,
    unionWeights: tradeUnions.map((union) => [union, weights.get(union.name) ?? 0] as const),
  };
  const members: Member[] = [];
  for (let index = 0; index < (input.memberCount ?? DEFAULT_MEMBER_COUNT); index += 1) {
    members.push(generateMember(index, context));
  }

  const affiliatedBranches: AffiliatedBranch[] = [];
  for (const clp of clps) {
    const chosen = new Set<Affiliate>();
    const count = random.int(2, 4);
    while (chosen.size < count) chosen.add(random.pick(affiliates));
    for (const affiliate of chosen) {
      affiliatedBranches.push({
        id: `${clp.id}-${affiliate.id}`,
        affiliateId: affiliate.id,
        name: `${affiliate.name} ${towns.get(clp.id) ?? clp.name} branch`,
        clpId: clp.id,
        affiliatedMembership: random.int(20, 800),
      });
    }
  }

  const offices = units.flatMap((unit) => officesForUnit(unit, ruleBook.party.offices[unit.kind]));
  const activeByUnit = new Map<string, Member[]>();
  for (const member of members) {
    if (member.status !== 'active') continue;
    for (const unitId of [member.branchId, tree.byId.get(member.branchId)?.parentId ?? '']) {
      const list = activeByUnit.get(unitId) ?? [];
      list.push(member);
      activeByUnit.set(unitId, list);
    }
  }
  const officesByUnit = new Map<string, Office[]>();
  for (const office of offices)
    officesByUnit.set(office.unitId, [...(officesByUnit.get(office.unitId) ?? []), office]);
  const officeHolders = [...clps, ...branches].flatMap((unit) =>
    fillOffices(random, officesByUnit.get(unit.id) ?? [], activeByUnit.get(unit.id) ?? [], input.today),
  );

  const signIns = demoSignIns(input, { members, offices, officeHolders, staffUnit, clps, branches, tree });
  const emails = new Map(signIns.map((signIn) => [signIn.memberId, signIn.email]));
  const finalMembers = members.map((member) => {
    const email = emails.get(member.id);
    return email === undefined ? member : { ...member, email };
  });
  return {
    editionId: ruleBook.edition.id,
    units,
    affiliates,
    affiliatedBranches,
    tradeUnions,
    offices,
    officeHolders,
    members: finalMembers,
    signIns,
  };
}

interface SignInSources {
  readonly members: readonly Member[];
  readonly offices: readonly Office[];
  readonly officeHolders: readonly OfficeHolder[];
  readonly staffUnit: Unit;
  readonly clps: readonly Unit[];
  readonly branches: readonly Unit[];
  readonly tree: ReturnType<typeof buildUnitTree>;
}

function demoSignIns(input: DemoPartyInput, sources: SignInSources): DemoSignIn[] {
  const { members, offices, officeHolders, tree } = sources;
  const holderOf = (unitId: string | undefined, key: string) => {
    const office = offices.find((candidate) => candidate.unitId === unitId && candidate.key === key);
    return officeHolders.find((holder) => holder.officeId === office?.id)?.memberId ?? null;
  };
  const clp = sources.clps.find((candidate) => holderOf(candidate.id, 'secretary') !== null);
  const branch = sources.branches.find(
    (candidate) =>
      candidate.parentId === clp?.id &&
      holderOf(candidate.id, 'secretary') !== null &&
      holderOf(candidate.id, 'chair') !== null,
  );
  const officers = new Set(officeHolders.map((holder) => holder.memberId));
  const oneYearAgo = addMonths(input.today, -12);
  const plain = members.filter(
    (member) =>
      member.status === 'active' &&
      !officers.has(member.id) &&
      member.statusHistory.length === 1 &&
      member.joinedOn <= oneYearAgo &&
      (member.paidUpTo ?? '') >= input.today,
  );
  const ordinary = plain.find((member) => member.branchId === branch?.id) ?? plain[0];
  const [regional, national] = plain.filter((member) => member.id !== ordinary?.id);
  const staff = (role: Role, unit: Unit): RoleGrant[] => [{ role, unitId: unit.id }];
  const candidates: readonly [SignInLevel, string | null, RoleGrant[], string][] = [
    ['member', ordinary?.id ?? null, [], `a member of ${branch?.name ?? 'a branch'} in good standing`],
    ['branch_officer', holderOf(branch?.id, 'chair'), [], `chair of ${branch?.name ?? 'a branch'}`],
    ['branch_secretary', holderOf(branch?.id, 'secretary'), [], `secretary of ${branch?.name ?? 'a branch'}`],
    ['clp_officer', holderOf(clp?.id, 'chair'), [], `chair of ${clp?.name ?? 'a CLP'}`],
    ['clp_secretary', holderOf(clp?.id, 'secretary'), [], `secretary of ${clp?.name ?? 'a CLP'}`],
    [
      'regional_officer',
      regional?.id ?? null,
      staff('regional_officer', sources.staffUnit),
      `regional officer for ${sources.staffUnit.name}`,
    ],
    ['national_officer', national?.id ?? null, staff('national_officer', tree.root), 'national officer'],
    ['admin', null, staff('admin', tree.root), 'platform administrator (not a member)'],
  ];
  return candidates
    .filter(([level, memberId]) => level === 'admin' || memberId !== null)
    .map(([level, memberId, staffGrants, description]) => ({
      email: `demo.${level.replace(/_/g, '-')}@${DEMO_EMAIL_DOMAIN}`,
      level,
      memberId,
      staffGrants,
      grants:
        memberId === null
          ? staffGrants
          : [...roleGrantsFromOffices(memberId, offices, officeHolders, tree, input.today), ...staffGrants],
      description,
    }));
}

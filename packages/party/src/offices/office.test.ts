import { describe, expect, it } from 'vitest';
import { fixtureTree, labour2021RuleBook as labour2021 } from '../testing/test-fixtures';
import { getUnit } from '../units/unit-tree';
import { isTermCurrent, officeHolderSchema, officeHoldersAt, officesForUnit } from './office';
import { roleGrantsFromOffices } from './office-roles';

const branchOffices = officesForUnit(getUnit(fixtureTree, 'burn-valley'), labour2021.party.offices.branch);
const clpOffices = officesForUnit(getUnit(fixtureTree, 'hartlepool'), labour2021.party.offices.clp);
const regionOffices = officesForUnit(getUnit(fixtureTree, 'north-east'), labour2021.party.offices.region);
const offices = [...branchOffices, ...clpOffices, ...regionOffices];

const term = (officeId: string, memberId: string, from: string, to: string | null) => ({
  id: `${officeId}:${memberId}:${from}`,
  officeId,
  memberId,
  from,
  to,
});

describe('offices', () => {
  it('gives each unit the offices its rule book lists', () => {
    expect(clpOffices.map((office) => office.key)).toEqual(
      expect.arrayContaining([
        'chair',
        'secretary',
        'treasurer',
        'womens_officer',
        'bame_officer',
        'youth_officer',
      ]),
    );
    expect(branchOffices[0]).toEqual({
      id: 'burn-valley/chair',
      unitId: 'burn-valley',
      key: 'chair',
      title: 'Chair',
      authority: 'officer',
    });
  });

  it('counts a term as current from its first to its last day inclusive', () => {
    const holder = term('burn-valley/chair', 'm1', '2024-01-01', '2024-12-31');
    expect(isTermCurrent(holder, '2023-12-31')).toBe(false);
    expect(isTermCurrent(holder, '2024-01-01')).toBe(true);
    expect(isTermCurrent(holder, '2024-12-31')).toBe(true);
    expect(isTermCurrent(holder, '2025-01-01')).toBe(false);
    expect(isTermCurrent({ ...holder, to: null }, '2099-01-01')).toBe(true);
  });

  it('finds who holds offices on a date', () => {
    const holders = [
      term('burn-valley/chair', 'old', '2020-01-01', '2023-12-31'),
      term('burn-valley/chair', 'new', '2024-01-01', null),
      term('hartlepool/chair', 'other', '2020-01-01', null),
    ];
    const ids = new Set(['burn-valley/chair']);
    expect(officeHoldersAt(holders, ids, '2023-06-01').map((holder) => holder.memberId)).toEqual(['old']);
    expect(officeHoldersAt(holders, ids, '2024-06-01').map((holder) => holder.memberId)).toEqual(['new']);
  });

  it('rejects a term that ends before it starts', () => {
    expect(officeHolderSchema.safeParse(term('x', 'm', '2024-02-01', '2024-01-31')).success).toBe(false);
    expect(officeHolderSchema.safeParse(term('x', 'm', '2024-02-01', '2024-02-01')).success).toBe(true);
  });
});

describe('roleGrantsFromOffices', () => {
  const holders = [
    term('burn-valley/secretary', 'sec', '2024-01-01', null),
    term('burn-valley/chair', 'chair', '2024-01-01', null),
    term('hartlepool/secretary', 'clp-sec', '2024-01-01', null),
    term('hartlepool/membership_secretary', 'memsec', '2024-01-01', null),
    term('hartlepool/womens_officer', 'wo', '2024-01-01', null),
    term('hartlepool/treasurer', 'wo', '2024-01-01', null),
    term('north-east/chair', 'regional-chair', '2024-01-01', null),
    term('burn-valley/treasurer', 'past', '2020-01-01', '2023-12-31'),
  ];
  const grantsOf = (memberId: string, date = '2024-06-01') =>
    roleGrantsFromOffices(memberId, offices, holders, fixtureTree, date);

  it('makes secretaries branch or CLP secretaries and other officers officers', () => {
    expect(grantsOf('sec')).toEqual([{ role: 'branch_secretary', unitId: 'burn-valley' }]);
    expect(grantsOf('chair')).toEqual([{ role: 'branch_officer', unitId: 'burn-valley' }]);
    expect(grantsOf('clp-sec')).toEqual([{ role: 'clp_secretary', unitId: 'hartlepool' }]);
    expect(grantsOf('memsec')).toEqual([{ role: 'clp_secretary', unitId: 'hartlepool' }]);
  });

  it('gives one grant per role and unit however many offices', () => {
    expect(grantsOf('wo')).toEqual([{ role: 'clp_officer', unitId: 'hartlepool' }]);
  });

  it('leaves regional posts to staff grants and ignores past terms', () => {
    expect(grantsOf('regional-chair')).toEqual([]);
    expect(grantsOf('past')).toEqual([]);
    expect(grantsOf('past', '2023-12-31')).toEqual([{ role: 'branch_officer', unitId: 'burn-valley' }]);
  });
});

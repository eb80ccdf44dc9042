import { describe, expect, it } from 'vitest';
import { InvalidUnitTreeError, UnknownUnitError } from '../errors';
import { fixtureTree, fixtureUnits } from '../testing/test-fixtures';
import { type Unit, unitSchema } from './unit';
import { ancestorsOf, buildUnitTree, descendantsOf, enclosingUnit, getUnit, isWithin } from './unit-tree';

const ids = (units: readonly Unit[]) => units.map((unit) => unit.id);

describe('buildUnitTree', () => {
  it('indexes a valid tree', () => {
    expect(fixtureTree.root.id).toBe('national');
    expect(ids(fixtureTree.children.get('hartlepool') ?? [])).toEqual(['burn-valley', 'headland']);
  });

  it('lets Scottish and Welsh CLPs hang directly off their nation', () => {
    const tree = buildUnitTree([
      { id: 'national', kind: 'national', name: 'Labour', parentId: null, gss: null },
      { id: 'wales', kind: 'nation', name: 'Wales', parentId: 'national', gss: 'W92000004' },
      { id: 'aberafan', kind: 'clp', name: 'Aberafan Maesteg CLP', parentId: 'wales', gss: 'W07000081' },
    ]);
    expect(ids(ancestorsOf(tree, 'aberafan'))).toEqual(['wales', 'national']);
  });

  it.each<[string, Unit[], RegExp]>([
    [
      'a duplicate id',
      [...fixtureUnits, { ...fixtureUnits[7], id: 'burn-valley' } as Unit],
      /duplicate unit id "burn-valley"/,
    ],
    [
      'an unknown parent',
      [...fixtureUnits, { id: 'x', kind: 'branch', name: 'X', parentId: 'nowhere', gss: null }],
      /unknown parent "nowhere"/,
    ],
    [
      'a branch under a region',
      [...fixtureUnits, { id: 'x', kind: 'branch', name: 'X', parentId: 'north-east', gss: null }],
      /branch "x" cannot sit under region "north-east"/,
    ],
    [
      'a CLP without a constituency code',
      [...fixtureUnits, { id: 'x', kind: 'clp', name: 'X', parentId: 'north-east', gss: 'E05000001' }],
      /CLP "x" needs a 2024 constituency GSS code/,
    ],
    [
      'two CLPs on one constituency',
      [...fixtureUnits, { id: 'x', kind: 'clp', name: 'X', parentId: 'north-east', gss: 'E14001272' }],
      /share GSS code E14001272/,
    ],
    [
      'two national units',
      [...fixtureUnits, { id: 'other', kind: 'national', name: 'Other', parentId: null, gss: null }],
      /expected one national unit, found 2/,
    ],
    [
      'an orphan nation',
      [...fixtureUnits, { id: 'x', kind: 'nation', name: 'X', parentId: null, gss: null }],
      /nation "x" has no parent/,
    ],
  ])('rejects %s', (_, units, message) => {
    expect(() => buildUnitTree(units)).toThrow(InvalidUnitTreeError);
    expect(() => buildUnitTree(units)).toThrow(message);
  });
});

describe('tree helpers', () => {
  it('lists ancestors nearest first', () => {
    expect(ids(ancestorsOf(fixtureTree, 'burn-valley'))).toEqual([
      'hartlepool',
      'north-east',
      'england',
      'national',
    ]);
    expect(ancestorsOf(fixtureTree, 'national')).toEqual([]);
  });

  it('lists descendants depth first', () => {
    expect(ids(descendantsOf(fixtureTree, 'north-east'))).toEqual([
      'hartlepool',
      'burn-valley',
      'headland',
      'stockton-north',
      'billingham',
    ]);
    expect(descendantsOf(fixtureTree, 'burn-valley')).toEqual([]);
  });

  it('answers is-within inclusively', () => {
    expect(isWithin(fixtureTree, 'burn-valley', 'burn-valley')).toBe(true);
    expect(isWithin(fixtureTree, 'burn-valley', 'hartlepool')).toBe(true);
    expect(isWithin(fixtureTree, 'burn-valley', 'national')).toBe(true);
    expect(isWithin(fixtureTree, 'burn-valley', 'stockton-north')).toBe(false);
    expect(isWithin(fixtureTree, 'hartlepool', 'burn-valley')).toBe(false);
    expect(isWithin(fixtureTree, 'pemberton', 'north-east')).toBe(false);
  });

  it('finds the enclosing unit of a kind', () => {
    expect(enclosingUnit(fixtureTree, 'headland', 'clp')?.id).toBe('hartlepool');
    expect(enclosingUnit(fixtureTree, 'headland', 'region')?.id).toBe('north-east');
    expect(enclosingUnit(fixtureTree, 'hartlepool', 'clp')?.id).toBe('hartlepool');
    expect(enclosingUnit(fixtureTree, 'hartlepool', 'branch')).toBeNull();
  });

  it('throws a typed error for unknown units', () => {
    expect(() => getUnit(fixtureTree, 'nope')).toThrow(UnknownUnitError);
    expect(() => isWithin(fixtureTree, 'burn-valley', 'nope')).toThrow(UnknownUnitError);
    expect(() => descendantsOf(fixtureTree, 'nope')).toThrow(UnknownUnitError);
  });
});

describe('unitSchema', () => {
  it('accepts the fixture units', () => {
    for (const unit of fixtureUnits) expect(unitSchema.safeParse(unit).success).toBe(true);
  });
  it('needs a constituency code on a CLP and a parent below national', () => {
    const clp = { id: 'c', kind: 'clp', name: 'C', parentId: 'r', gss: null };
    expect(unitSchema.safeParse(clp).success).toBe(false);
    expect(unitSchema.safeParse({ ...clp, gss: 'S14000060' }).success).toBe(true);
    expect(unitSchema.safeParse({ ...clp, gss: 'S14000060', parentId: null }).success).toBe(false);
    expect(unitSchema.safeParse({ ...clp, kind: 'branch', gss: 'not-a-code' }).success).toBe(false);
  });
});

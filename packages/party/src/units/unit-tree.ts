import { InvalidUnitTreeError, UnknownUnitError } from '../errors';
import { allowedParentKinds, constituencyGssPattern, type Unit, type UnitKind } from './unit';

/** An indexed, validated unit hierarchy with one national unit at the top. */
export interface UnitTree {
  readonly root: Unit;
  readonly byId: ReadonlyMap<string, Unit>;
  readonly children: ReadonlyMap<string, readonly Unit[]>;
}

/** Validates units as one national → nation → region → CLP → branch tree and indexes it; throws `InvalidUnitTreeError`. */
export function buildUnitTree(units: readonly Unit[]): UnitTree {
  const problems: string[] = [];
  const byId = new Map<string, Unit>();
  const children = new Map<string, Unit[]>();
  const clpByGss = new Map<string, string>();
  for (const unit of units) {
    if (byId.has(unit.id)) problems.push(`duplicate unit id "${unit.id}"`);
    byId.set(unit.id, unit);
    children.set(unit.id, []);
    if (unit.kind === 'clp') {
      if (unit.gss === null || !constituencyGssPattern.test(unit.gss)) {
        problems.push(`CLP "${unit.id}" needs a 2024 constituency GSS code, got ${unit.gss ?? 'none'}`);
      } else {
        const other = clpByGss.get(unit.gss);
        if (other !== undefined) problems.push(`CLPs "${other}" and "${unit.id}" share GSS code ${unit.gss}`);
        clpByGss.set(unit.gss, unit.id);
      }
    }
  }
  const roots = units.filter((unit) => unit.parentId === null);
  for (const unit of units) {
    if (unit.parentId === null) {
      if (unit.kind !== 'national') problems.push(`${unit.kind} "${unit.id}" has no parent`);
      continue;
    }
    const parent = byId.get(unit.parentId);
    if (parent === undefined) {
      problems.push(`unit "${unit.id}" has unknown parent "${unit.parentId}"`);
    } else if (!allowedParentKinds[unit.kind].includes(parent.kind)) {
      problems.push(`${unit.kind} "${unit.id}" cannot sit under ${parent.kind} "${parent.id}"`);
    } else {
      children.get(parent.id)?.push(unit);
    }
  }
  const root = roots[0];
  if (roots.length !== 1 || root === undefined)
    problems.push(`expected one national unit, found ${roots.length}`);
  if (problems.length > 0 || root === undefined) throw new InvalidUnitTreeError(problems);
  return { root, byId, children };
}

/** The unit with this id; throws `UnknownUnitError`. */
export function getUnit(tree: UnitTree, unitId: string): Unit {
  const unit = tree.byId.get(unitId);
  if (unit === undefined) throw new UnknownUnitError(unitId);
  return unit;
}

/** The units above `unitId`, nearest first, ending with the national unit. */
export function ancestorsOf(tree: UnitTree, unitId: string): Unit[] {
  const result: Unit[] = [];
  let current = getUnit(tree, unitId);
  while (current.parentId !== null) {
    current = getUnit(tree, current.parentId);
    result.push(current);
  }
  return result;
}

/** Every unit below `unitId`, depth first. */
export function descendantsOf(tree: UnitTree, unitId: string): Unit[] {
  getUnit(tree, unitId);
  const result: Unit[] = [];
  const stack = [...(tree.children.get(unitId) ?? [])].reverse();
  for (let unit = stack.pop(); unit !== undefined; unit = stack.pop()) {
    result.push(unit);
    stack.push(...[...(tree.children.get(unit.id) ?? [])].reverse());
  }
  return result;
}

/** Whether `unitId` is `containerId` itself or lies below it. */
export function isWithin(tree: UnitTree, unitId: string, containerId: string): boolean {
  getUnit(tree, containerId);
  for (let current: Unit | undefined = getUnit(tree, unitId); current !== undefined; ) {
    if (current.id === containerId) return true;
    current = current.parentId === null ? undefined : getUnit(tree, current.parentId);
  }
  return false;
}

/** The unit of the given kind at or above `unitId`, or null (e.g. the CLP of a branch). */
export function enclosingUnit(tree: UnitTree, unitId: string, kind: UnitKind): Unit | null {
  const unit = getUnit(tree, unitId);
  if (unit.kind === kind) return unit;
  return ancestorsOf(tree, unitId).find((ancestor) => ancestor.kind === kind) ?? null;
}

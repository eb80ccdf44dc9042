import { type CaucusDatabase, listUnits, type MemberRecord, readDemoMarker } from '@caucus/db';
import {
  ageBandNames,
  buildUnitTree,
  defaultRuleBookPreset,
  getRuleBookPreset,
  type IsoDate,
  type Member,
  type Actor as PartyActor,
  type Role,
  type RuleBookPreset,
  roles,
  type UnitTree,
} from '@caucus/party';
import { ProblemError } from '../../http/problem';
import type { Actor } from '../../policies/actor';

/** What party commands judge against: the unit tree, the rule book in force and today's date. */
export interface PartyContext {
  readonly tree: UnitTree;
  readonly preset: RuleBookPreset;
  readonly today: IsoDate;
}

/** Today's date (UTC) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

/** Loads the unit tree and the party's rule book (the demo's, else the default). */
export async function loadPartyContext(database: CaucusDatabase): Promise<PartyContext> {
  const [units, marker] = await Promise.all([listUnits(database.db), readDemoMarker(database.db)]);
  if (units.length === 0) {
    throw new ProblemError(
      'not-found',
      'No party is set up yet: import a party or run `caucus demo reset` to create the demo.',
    );
  }
  let preset = defaultRuleBookPreset;
  if (marker !== undefined) {
    try {
      preset = getRuleBookPreset(marker.presetId);
    } catch {
      preset = defaultRuleBookPreset;
    }
  }
  return { tree: buildUnitTree(units), preset, today: todayIso() };
}

function isRole(role: string): role is Role {
  return (roles as readonly string[]).includes(role);
}

/** The party model's view of a request's actor: none for anonymous requests. */
export function partyActorOf(actor: Actor): PartyActor | null {
  if (actor.kind !== 'user') return null;
  return {
    userId: actor.userId,
    memberId: actor.memberId,
    grants: actor.grants.flatMap((grant) =>
      isRole(grant.role) ? [{ role: grant.role, unitId: grant.unitId }] : [],
    ),
  };
}

/** A stored member record as the party model's `Member` (an unknown age band is dropped). */
export function memberFromRecord(record: MemberRecord): Member {
  const ageBand = ageBandNames.find((band) => band === record.ageBand) ?? null;
  return { ...record, ageBand };
}

/** Throws a 404 problem unless the unit exists. */
export function requireUnit(context: PartyContext, unitId: string) {
  const unit = context.tree.byId.get(unitId);
  if (unit === undefined) throw new ProblemError('not-found', `There is no unit "${unitId}".`);
  return unit;
}

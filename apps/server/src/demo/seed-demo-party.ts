import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  type CaucusDatabase,
  countMembers,
  createUser,
  deletePartyData,
  hasPartyData,
  insertPartyData,
  insertRoleGrant,
  readDemoMarker,
  writeDemoMarker,
  writeRuleBookTimeline,
} from '@caucus/db';
import { generateDemoParty } from '@caucus/demo';
import { parseConstituencyResults } from '@caucus/elections';
import { defaultTimeline } from '@caucus/party';
import { hashPassword } from '../auth/password';
import { type PartyStructureCache, writePartyStructure } from '../context/party-structure-cache';
import { todayIso } from '../context/today';

/** The password of every demo sign-in (documented in the README; used for nothing else). */
export const DEMO_PASSWORD = 'caucus-demo-password';

/** The region whose real 2024 constituencies the demo party is built on. */
export const DEMO_REGION = 'North East';

const DEMO_SEED = 'caucus-demo';
const DEMO_ACCOUNT_PATTERN = 'demo.%@example.org';
const CONSTITUENCIES_FILE = join('data', 'results', 'ge2024_constituencies.csv');

/** A demo account to show people: how to sign in and what the account is. */
export interface DemoSignInInfo {
  readonly email: string;
  readonly description: string;
}

/** The demo party: whether this start seeded it, and how to sign in. */
export interface DemoSeedResult {
  /** True when it was created just now, false when it was already there. */
  readonly seeded: boolean;
  readonly password: string;
  readonly members: number;
  readonly signIns: readonly DemoSignInInfo[];
}

/** `caucus demo reset` refused because the stored membership is not the demo's. */
export class DemoResetRefusedError extends Error {
  override readonly name = 'DemoResetRefusedError';
  constructor(readonly members: number) {
    super(
      `The database holds a real membership (${members} members, not the generated demo), so the demo was not reset. ` +
        'Use an empty database (e.g. CAUCUS_DATA_DIR=./.caucus-demo) to try the demo.',
    );
  }
}

async function readDemoConstituencies(rootDir: string) {
  const file = join(rootDir, CONSTITUENCIES_FILE);
  const rows = parseConstituencyResults(await readFile(file, 'utf8'), file, 'general');
  return rows
    .filter((row) => row.regionName === DEMO_REGION)
    .map((row) => ({ gss: row.code, name: row.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Generates the demo party and stores it, with a signed-in account for each level of access. */
async function writeDemoParty(
  database: CaucusDatabase,
  rootDir: string,
  options: { readonly replace: boolean; readonly cache: PartyStructureCache | undefined },
): Promise<DemoSeedResult> {
  const today = todayIso();
  const constituencies = await readDemoConstituencies(rootDir);
  const party = generateDemoParty({
    seed: DEMO_SEED,
    today,
    nation: { name: 'England', gss: 'E92000001' },
    region: { name: DEMO_REGION, gss: 'E12000001' },
    constituencies,
    postcodeAreas: ['NE', 'SR', 'DH', 'TS', 'DL'],
  });
  const signIns = party.signIns.map((signIn) => ({ email: signIn.email, description: signIn.description }));
  const hashes = await Promise.all(party.signIns.map(() => hashPassword(DEMO_PASSWORD)));
  const names = new Map(party.members.map((member) => [member.id, `${member.firstName} ${member.lastName}`]));
  await writePartyStructure(database, options.cache, async (trx) => {
    if (options.replace) await deletePartyData(trx, DEMO_ACCOUNT_PATTERN);
    await writeRuleBookTimeline(trx, defaultTimeline);
    await insertPartyData(trx, party);
    for (const [index, signIn] of party.signIns.entries()) {
      const user = await createUser(trx, {
        email: signIn.email,
        displayName:
          signIn.memberId === null ? 'Demo administrator' : (names.get(signIn.memberId) ?? signIn.email),
        passwordHash: hashes[index] ?? null,
        memberId: signIn.memberId,
      });
      for (const grant of signIn.staffGrants) await insertRoleGrant(trx, { userId: user.id, ...grant });
    }
    await writeDemoMarker(trx, {
      seededAt: new Date().toISOString(),
      seed: DEMO_SEED,
      members: party.members.length,
      signIns,
    });
  });
  return { seeded: true, password: DEMO_PASSWORD, members: party.members.length, signIns };
}

/** On an empty database, seeds the demo party; returns the demo (new or stored), or null for a real party. */
export async function seedDemoPartyIfEmpty(
  database: CaucusDatabase,
  rootDir: string,
  cache?: PartyStructureCache,
): Promise<DemoSeedResult | null> {
  if (await hasPartyData(database.db)) {
    const marker = await readDemoMarker(database.db);
    if (marker === undefined) return null;
    return { seeded: false, password: DEMO_PASSWORD, members: marker.members, signIns: marker.signIns ?? [] };
  }
  return writeDemoParty(database, rootDir, { replace: false, cache });
}

/**
 * Replaces the demo party with a fresh one (every process on the database reloads its copy of the structure);
 * refuses (`DemoResetRefusedError`) if a non-demo membership exists.
 */
export async function resetDemoParty(
  database: CaucusDatabase,
  rootDir: string,
  cache?: PartyStructureCache,
): Promise<DemoSeedResult> {
  const marker = await readDemoMarker(database.db);
  const members = await countMembers(database.db);
  if (marker === undefined && (members > 0 || (await hasPartyData(database.db)))) {
    throw new DemoResetRefusedError(members);
  }
  return writeDemoParty(database, rootDir, { replace: true, cache });
}

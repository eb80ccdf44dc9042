import { type CaucusDatabase, type Database, listUnits, notify, readRuleBookTimeline } from '@caucus/db';
import { buildUnitTree, parseTimeline, type RuleBookTimeline, type UnitTree } from '@caucus/party';
import type { Kysely } from 'kysely';

/** The notification channel on which writes to units, offices or the rule-book timeline are announced. */
export const PARTY_STRUCTURE_CHANNEL = 'caucus_party_structure';

/** What the cache holds: the unit tree and the rule-book timeline, read together. */
export interface PartyStructure {
  /** Null when no party is set up yet (no units). */
  readonly tree: UnitTree | null;
  readonly timeline: RuleBookTimeline;
}

/** The party's structure, read once and kept until any process on the database announces a change. */
export interface PartyStructureCache {
  get(): Promise<PartyStructure>;
  /** Forgets the cached copy (this process); other processes hear `announcePartyStructureChange`. */
  invalidate(): void;
  close(): Promise<void>;
}

/** Announces (on commit, inside a transaction) that units, offices or the timeline changed, to every process. */
export async function announcePartyStructureChange(db: Kysely<Database>): Promise<void> {
  await notify(db, PARTY_STRUCTURE_CHANNEL);
}

/**
 * Creates the cache and subscribes it to the change channel (the first read waits for the subscription). A lost
 * listening connection (a gap) also empties it, so a change announced while the connection was down is not missed.
 */
export function createPartyStructureCache(database: CaucusDatabase): PartyStructureCache {
  let current: Promise<PartyStructure> | undefined;
  let generation = 0;
  const invalidate = () => {
    generation += 1;
    current = undefined;
  };
  const subscribed = database.listen(PARTY_STRUCTURE_CHANNEL, { onMessage: invalidate, onGap: invalidate });
  // A failed subscription surfaces on the first read rather than as an unhandled rejection.
  subscribed.catch(() => {});
  const read = async (): Promise<PartyStructure> => {
    await subscribed;
    const [units, rows] = await Promise.all([listUnits(database.db), readRuleBookTimeline(database.db)]);
    return { tree: units.length === 0 ? null : buildUnitTree(units), timeline: parseTimeline(rows) };
  };
  return {
    get() {
      if (current === undefined) {
        const started = generation;
        const reading = read();
        current = reading;
        // A failed read, or one overtaken by a change while it ran, is not kept.
        reading.then(
          () => {
            if (generation !== started && current === reading) current = undefined;
          },
          () => {
            if (current === reading) current = undefined;
          },
        );
      }
      return current;
    },
    invalidate,
    close: async () => (await subscribed)(),
  };
}

/**
 * Runs a write that changes the party's structure in one transaction, announcing it to every process on commit
 * and emptying this process's copy at once (so its next request never sees the old structure).
 */
export async function writePartyStructure<T>(
  database: CaucusDatabase,
  cache: PartyStructureCache | undefined,
  write: (trx: Kysely<Database>) => Promise<T>,
): Promise<T> {
  const result = await database.db.transaction().execute(async (trx) => {
    const written = await write(trx);
    await announcePartyStructureChange(trx);
    return written;
  });
  cache?.invalidate();
  return result;
}

import { type CaucusDatabase, listUnits, readRuleBookTimeline } from '@caucus/db';
import { buildUnitTree, parseTimeline } from '@caucus/party';
import { ruleBookOn } from '@caucus/rule-book';
import { ProblemError } from '../http/problem';
import type { PartyContext } from './request-context';
import { todayIso } from './today';

/** Reads the unit tree and today's rule book straight from the database (for commands run outside a request). */
export async function loadPartyContext(
  database: CaucusDatabase,
  now: Date = new Date(),
): Promise<PartyContext> {
  const [units, rows] = await Promise.all([listUnits(database.db), readRuleBookTimeline(database.db)]);
  if (units.length === 0) {
    throw new ProblemError(
      'not-found',
      'No party is set up yet: import a party or run `caucus demo reset` to create the demo.',
    );
  }
  const today = todayIso(now);
  return { tree: buildUnitTree(units), ruleBook: ruleBookOn(parseTimeline(rows), today), today };
}

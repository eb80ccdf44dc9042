import { findMemberById, findRoll, type RollRecord } from '@caucus/db';
import type { IsoDate, RuleBookTimeline, Unit, UnitTree } from '@caucus/party';
import { type RuleBook, ruleBookOn } from '@caucus/rule-book';
import type { AppDeps } from '../http/env';
import { ProblemError } from '../http/problem';
import { type LoadedMember, loadedMemberFromRecord } from './member-record';
import { todayIso } from './today';

/** What party commands judge against today: the unit tree, the rule book in force today and today's date. */
export interface PartyContext {
  readonly tree: UnitTree;
  readonly ruleBook: RuleBook;
  readonly today: IsoDate;
}

/**
 * What a request may need, loaded on first use and at most once per request: the unit tree and rule-book
 * timeline (from the cross-process cache), the rule book in force on a date, and the resources a route acts on.
 */
export interface RequestContext {
  readonly today: IsoDate;
  /** The unit tree; a 404 problem when no party is set up yet. */
  tree(): Promise<UnitTree>;
  /** The party's rule-book timeline (which edition applies from when). */
  timeline(): Promise<RuleBookTimeline>;
  /** The rule book in force on the date of a question (a roll's freeze date, a meeting's date). */
  ruleBookOn(date: IsoDate): Promise<RuleBook>;
  /** The tree and today's rule book together, for access decisions and commands. */
  party(): Promise<PartyContext>;
  /** A unit of the tree; a 404 problem if there is none with that id. */
  unit(unitId: string): Promise<Unit>;
  /** A member with their version; a 404 problem if there is none with that id. */
  member(memberId: string): Promise<LoadedMember>;
  /** A frozen roll; a 404 problem if there is none with that id. */
  roll(rollId: string): Promise<RollRecord>;
}

function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | undefined;
  return () => {
    value ??= load();
    return value;
  };
}

/** The context of one request: nothing is read until a step asks for it. */
export function createRequestContext(deps: AppDeps, now: Date = new Date()): RequestContext {
  const today = todayIso(now);
  const structure = once(() => deps.caches.partyStructure.get());
  const tree = once(async () => {
    const { tree: found } = await structure();
    if (found === null) {
      throw new ProblemError(
        'not-found',
        'No party is set up yet: import a party or run `caucus demo reset` to create the demo.',
      );
    }
    return found;
  });
  const timeline = once(async () => (await structure()).timeline);
  const books = new Map<IsoDate, RuleBook>();
  const ruleBookOnDate = async (date: IsoDate) => {
    let book = books.get(date);
    if (book === undefined) {
      book = ruleBookOn(await timeline(), date);
      books.set(date, book);
    }
    return book;
  };
  const party = once(async () => ({ tree: await tree(), ruleBook: await ruleBookOnDate(today), today }));
  return {
    today,
    tree,
    timeline,
    ruleBookOn: ruleBookOnDate,
    party,
    async unit(unitId) {
      const unit = (await tree()).byId.get(unitId);
      if (unit === undefined) throw new ProblemError('not-found', `There is no unit "${unitId}".`);
      return unit;
    },
    async member(memberId) {
      const record = await findMemberById(deps.database.db, memberId);
      if (record === undefined) throw new ProblemError('not-found', `There is no member "${memberId}".`);
      return loadedMemberFromRecord(record);
    },
    async roll(rollId) {
      const roll = await findRoll(deps.database.db, rollId);
      if (roll === undefined) throw new ProblemError('not-found', `There is no roll "${rollId}".`);
      return roll;
    },
  };
}

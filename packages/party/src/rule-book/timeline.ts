import type { IsoDate } from '../dates/calendar-date';
import { InvalidTimelineError, NoEditionInForceError } from '../errors';
import { type EditionId, getRuleBookEdition, isEditionId } from './edition';

/** One entry of a party's rule-book timeline: an edition and the date the party adopted it. */
export interface TimelineEntry {
  readonly editionId: EditionId;
  readonly effectiveFrom: IsoDate;
}

/** The editions a party has adopted, oldest first; the one in force on a date is the latest that began by then. */
export type RuleBookTimeline = readonly TimelineEntry[];

/** Labour's editions at the dates Labour adopted them: what a new installation uses until the party chooses. */
export const defaultTimeline: RuleBookTimeline = [
  { editionId: 'labour-2018', effectiveFrom: getRuleBookEdition('labour-2018').effectiveFrom },
  { editionId: 'labour-2021', effectiveFrom: getRuleBookEdition('labour-2021').effectiveFrom },
];

/** Checks and sorts stored timeline rows; throws `InvalidTimelineError` for unknown editions or repeated dates. */
export function parseTimeline(
  rows: readonly { editionId: string; effectiveFrom: IsoDate }[],
): RuleBookTimeline {
  const problems: string[] = [];
  const entries: TimelineEntry[] = [];
  for (const row of rows) {
    if (!isEditionId(row.editionId)) problems.push(`unknown edition "${row.editionId}"`);
    else entries.push({ editionId: row.editionId, effectiveFrom: row.effectiveFrom });
  }
  entries.sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  for (let i = 1; i < entries.length; i += 1) {
    const [previous, entry] = [entries[i - 1], entries[i]];
    if (previous !== undefined && entry !== undefined && previous.effectiveFrom === entry.effectiveFrom) {
      problems.push(
        `${previous.editionId} and ${entry.editionId} both take effect on ${entry.effectiveFrom}`,
      );
    }
  }
  if (problems.length > 0) throw new InvalidTimelineError(problems);
  return entries;
}

/** The edition in force on a date; throws `NoEditionInForceError` before the first adopted edition. */
export function editionInForce(timeline: RuleBookTimeline, on: IsoDate): EditionId {
  let found: TimelineEntry | undefined;
  for (const entry of timeline) if (entry.effectiveFrom <= on) found = entry;
  if (found === undefined) throw new NoEditionInForceError(on, timeline[0]);
  return found.editionId;
}

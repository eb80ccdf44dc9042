import type { IsoDate } from '@caucus/party';

/** Today's date (UTC) as YYYY-MM-DD. */
export function todayIso(now: Date = new Date()): IsoDate {
  return now.toISOString().slice(0, 10);
}

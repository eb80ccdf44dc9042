import { type IsoDate, wholeYearsBetween } from './calendar-date';

/** Age bands used where a date of birth is unknown or too sensitive to show, youngest first. */
export const ageBandNames = [
  'under_18',
  '18_to_26',
  '27_to_34',
  '35_to_44',
  '45_to_54',
  '55_to_64',
  '65_plus',
] as const;

/** An age band, e.g. `18_to_26`; the boundaries fit Young Labour's under-27 rule. */
export type AgeBand = (typeof ageBandNames)[number];

/** Youngest and oldest age in whole years (null: no upper limit) of each band. */
export const ageBandRanges: Readonly<Record<AgeBand, { readonly min: number; readonly max: number | null }>> =
  {
    under_18: { min: 0, max: 17 },
    '18_to_26': { min: 18, max: 26 },
    '27_to_34': { min: 27, max: 34 },
    '35_to_44': { min: 35, max: 44 },
    '45_to_54': { min: 45, max: 54 },
    '55_to_64': { min: 55, max: 64 },
    '65_plus': { min: 65, max: null },
  };

/** How an age band is shown to people, e.g. "18 to 26", "under 18", "65 or over". */
export function describeAgeBand(band: AgeBand): string {
  const { min, max } = ageBandRanges[band];
  if (min === 0 && max !== null) return `under ${max + 1}`;
  return max === null ? `${min} or over` : `${min} to ${max}`;
}

/** Age in whole years on a date (a 29 February birthday falls on 1 March in common years). */
export function ageOn(dateOfBirth: IsoDate, date: IsoDate): number {
  return wholeYearsBetween(dateOfBirth, date);
}

/** The band containing an age in years. */
export function ageBandOf(age: number): AgeBand {
  return (
    ageBandNames.find((band) => age <= (ageBandRanges[band].max ?? Number.POSITIVE_INFINITY)) ?? '65_plus'
  );
}

import type { Nation } from './types';

/** An English region, or a nation treated as a region (Scotland, Wales, Northern Ireland), as ONS codes them. */
export interface Region {
  /** ONS code, e.g. "E12000003"; the nation code for Scotland, Wales and Northern Ireland. */
  code: string;
  name: string;
  /** Short code used by the notional-2019 file, e.g. "YH". */
  shortCode: string;
  nation: Nation;
}

/** The twelve regions used throughout the data. */
export const REGIONS: readonly Region[] = [
  { code: 'E12000001', name: 'North East', shortCode: 'NE', nation: 'England' },
  { code: 'E12000002', name: 'North West', shortCode: 'NW', nation: 'England' },
  { code: 'E12000003', name: 'Yorkshire and The Humber', shortCode: 'YH', nation: 'England' },
  { code: 'E12000004', name: 'East Midlands', shortCode: 'EM', nation: 'England' },
  { code: 'E12000005', name: 'West Midlands', shortCode: 'WM', nation: 'England' },
  { code: 'E12000006', name: 'East of England', shortCode: 'EE', nation: 'England' },
  { code: 'E12000007', name: 'London', shortCode: 'GL', nation: 'England' },
  { code: 'E12000008', name: 'South East', shortCode: 'SE', nation: 'England' },
  { code: 'E12000009', name: 'South West', shortCode: 'SW', nation: 'England' },
  { code: 'W92000004', name: 'Wales', shortCode: 'WA', nation: 'Wales' },
  { code: 'S92000003', name: 'Scotland', shortCode: 'SC', nation: 'Scotland' },
  { code: 'N92000002', name: 'Northern Ireland', shortCode: 'NI', nation: 'Northern Ireland' },
];

/** The four nations, in the order the analytics list them. */
export const NATIONS: readonly Nation[] = ['England', 'Scotland', 'Wales', 'Northern Ireland'];

/** Other spellings of region names found in the data (by-election files say "East"; a hex layout says "the Humber"). */
const REGION_ALIASES: Readonly<Record<string, string>> = {
  east: 'E12000006',
  eastern: 'E12000006',
};

const simplify = (text: string): string => text.trim().toLowerCase().replace(/\s+/g, ' ');

/** Finds a region by ONS code, short code or name (any case; "East" and "Eastern" mean East of England). */
export function findRegion(query: string): Region | undefined {
  const key = simplify(query);
  const aliased = REGION_ALIASES[key];
  return REGIONS.find(
    (region) =>
      region.code.toLowerCase() === key ||
      region.shortCode.toLowerCase() === key ||
      simplify(region.name) === key ||
      region.code === aliased,
  );
}

/** Finds a nation by name (any case); "GB" is not a nation. */
export function findNation(query: string): Nation | undefined {
  const key = simplify(query);
  return NATIONS.find((nation) => nation.toLowerCase() === key);
}

import { z } from 'zod';
import { InvalidDateError } from '../errors';

/** A date without time or timezone, as `YYYY-MM-DD`; ISO strings of this form sort chronologically. */
export type IsoDate = string;

interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a year is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function split(value: string): CivilDate | null {
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

function parts(date: IsoDate): CivilDate {
  const civil = split(date);
  if (civil === null) throw new InvalidDateError(date);
  return civil;
}

function format({ year, month, day }: CivilDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whether a string is a real calendar date in `YYYY-MM-DD` form. */
export function isIsoDate(value: string): boolean {
  return split(value) !== null;
}

/** Zod schema for a real calendar date in `YYYY-MM-DD` form. */
export const isoDateSchema = z
  .string()
  .refine(isIsoDate, { message: 'expected a calendar date as YYYY-MM-DD' });

// Days since 1970-01-01 for a proleptic Gregorian date (H. Hinnant's days_from_civil).
function toDayNumber({ year, month, day }: CivilDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): CivilDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** The date a number of days (possibly negative) after `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  return format(fromDayNumber(toDayNumber(parts(date)) + days));
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toDayNumber(parts(to)) - toDayNumber(parts(from));
}

/** The corresponding day `months` later (or earlier), or the month's last day if there is none (31 Jan + 1 = 28/29 Feb). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  // The corresponding-date rule English courts apply to calendar months (Dodds v Walker [1981]): six months from
  // 30 or 31 August end on the last day of February.
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const newYear = Math.floor(index / 12);
  const newMonth = index - newYear * 12 + 1;
  return format({ year: newYear, month: newMonth, day: Math.min(day, daysInMonth(newYear, newMonth)) });
}

/** Whole months elapsed from `from` to `to`: the largest n with `addMonths(from, n) <= to` (0 if `to` is earlier). */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return 0;
  const a = parts(from);
  const b = parts(to);
  const estimate = (b.year - a.year) * 12 + (b.month - a.month);
  return addMonths(from, estimate) <= to ? estimate : estimate - 1;
}

/** Whole years elapsed from `from` to `to`, birthday-style: someone born 29 Feb turns a year older on 1 Mar in common years. */
export function wholeYearsBetween(from: IsoDate, to: IsoDate): number {
  if (to < from) return 0;
  const a = parts(from);
  const b = parts(to);
  const beforeAnniversary = b.month < a.month || (b.month === a.month && b.day < a.day);
  return b.year - a.year - (beforeAnniversary ? 1 : 0);
}

/** The later of two dates. */
export function laterDate(a: IsoDate, b: IsoDate): IsoDate {
  return a > b ? a : b;
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidDateError } from '../errors';
import {
  addDays,
  addMonths,
  daysBetween,
  daysInMonth,
  isIsoDate,
  isLeapYear,
  isoDateSchema,
  laterDate,
  wholeMonthsBetween,
  wholeYearsBetween,
} from './calendar-date';

const isoDates = fc
  .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '0001-01-01'])('accepts %s', (value) => {
    expect(isIsoDate(value)).toBe(true);
  });
  it.each([
    '2023-02-29',
    '1900-02-29',
    '2024-13-01',
    '2024-04-31',
    '2024-1-01',
    '24-01-01',
    '2024-01-01T00:00',
    '',
  ])('rejects %s', (value) => {
    expect(isIsoDate(value)).toBe(false);
  });
  it('backs the zod schema', () => {
    expect(isoDateSchema.safeParse('2024-02-30').success).toBe(false);
    expect(isoDateSchema.safeParse('2024-02-29').success).toBe(true);
  });
  it('makes arithmetic throw a typed error on bad input', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(InvalidDateError);
  });
});

describe('leap years and month lengths', () => {
  it('follows the Gregorian rules', () => {
    expect([1900, 2000, 2023, 2024].map(isLeapYear)).toEqual([false, true, false, true]);
    expect([daysInMonth(2024, 2), daysInMonth(2023, 2), daysInMonth(2024, 4), daysInMonth(2024, 12)]).toEqual(
      [29, 28, 30, 31],
    );
  });
});

describe('addMonths', () => {
  it.each([
    ['2024-03-01', 5, '2024-08-01'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2023-08-31', 6, '2024-02-29'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2024-03-31', -1, '2024-02-29'],
    ['2024-12-15', 1, '2025-01-15'],
    ['2024-01-15', -13, '2022-12-15'],
  ])('%s + %i months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('wholeMonthsBetween', () => {
  it.each([
    ['2024-03-01', '2024-08-01', 5],
    ['2024-02-01', '2024-08-01', 6],
    ['2024-02-02', '2024-08-01', 5],
    ['2024-01-31', '2024-02-29', 1],
    ['2024-01-31', '2024-02-28', 0],
    ['2023-08-31', '2024-02-29', 6],
    ['2024-02-29', '2025-02-28', 12],
    ['2024-08-01', '2024-03-01', 0],
  ])('from %s to %s is %i', (from, to, expected) => {
    expect(wholeMonthsBetween(from, to)).toBe(expected);
  });
  it('is the largest n with addMonths(from, n) <= to', () => {
    fc.assert(
      fc.property(isoDates, isoDates, (a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const months = wholeMonthsBetween(from, to);
        expect(addMonths(from, months) <= to).toBe(true);
        expect(addMonths(from, months + 1) > to).toBe(true);
      }),
    );
  });
});

describe('days', () => {
  it('agrees with UTC arithmetic', () => {
    fc.assert(
      fc.property(isoDates, fc.integer({ min: -20000, max: 20000 }), (date, days) => {
        const expected = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(addDays(date, days)).toBe(expected);
        expect(daysBetween(date, expected)).toBe(days);
      }),
    );
  });
  it('crosses leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });
  it('picks the later date', () => {
    expect(laterDate('2024-01-02', '2023-12-31')).toBe('2024-01-02');
    expect(laterDate('2023-12-31', '2024-01-02')).toBe('2024-01-02');
  });
});

describe('wholeYearsBetween', () => {
  it.each([
    ['2000-02-29', '2018-02-28', 17],
    ['2000-02-29', '2018-03-01', 18],
    ['2000-02-29', '2020-02-29', 20],
    ['1997-08-01', '2024-07-31', 26],
    ['1997-08-01', '2024-08-01', 27],
    ['2024-08-01', '2020-08-01', 0],
  ])('from %s to %s is %i', (from, to, expected) => {
    expect(wholeYearsBetween(from, to)).toBe(expected);
  });
});

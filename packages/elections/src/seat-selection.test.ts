import { describe, expect, it } from 'vitest';
import { UnknownAreaError } from './analysis-error';
import { UnknownSeatError } from './seat-lookup';
import { selectSeats } from './seat-selection';
import { catchError } from './testing/catch-error';
import { realDataset } from './testing/data-files';
import { seat } from './testing/tiny-dataset';

const seats = [
  seat('E1', 'Canterbury', { county: 'Kent', regionCode: 'E12000008', regionName: 'South East' }),
  seat('E2', 'Dover', { county: 'Kent', regionCode: 'E12000008', regionName: 'South East' }),
  seat('E3', 'Hexham', { county: 'Northumberland' }),
  seat('S1', 'Perth', {
    county: 'Scotland',
    nation: 'Scotland',
    regionCode: 'S92000003',
    regionName: 'Scotland',
  }),
  seat('E4', 'Canterbury', { boundarySet: '2024', county: 'Kent' }),
];

describe('selectSeats', () => {
  it('selects by county, region and nation on one boundary set', () => {
    expect(selectSeats(seats, '2010', { county: 'kent' }).map((s) => s.code)).toEqual(['E1', 'E2']);
    expect(selectSeats(seats, '2010', { region: 'south east' }).map((s) => s.code)).toEqual(['E1', 'E2']);
    expect(selectSeats(seats, '2010', { region: 'E12000001' }).map((s) => s.code)).toEqual(['E3']);
    expect(selectSeats(seats, '2010', { nation: 'Scotland' }).map((s) => s.code)).toEqual(['S1']);
    expect(selectSeats(seats, '2024', {}).map((s) => s.code)).toEqual(['E4']);
  });

  it('takes a list of seats by code or name and removes exclusions', () => {
    expect(selectSeats(seats, '2010', { seats: ['Dover', 'E3'] }).map((s) => s.code)).toEqual(['E2', 'E3']);
    expect(
      selectSeats(seats, '2010', { county: 'Kent', exclude: ['Canterbury'] }).map((s) => s.code),
    ).toEqual(['E2']);
  });

  it('throws for unknown areas and seats, with suggestions', () => {
    const county = catchError(() => selectSeats(seats, '2010', { county: 'Kentt' }));
    expect(county).toBeInstanceOf(UnknownAreaError);
    expect((county as UnknownAreaError).suggestions[0]).toBe('Kent');
    expect(() => selectSeats(seats, '2010', { region: 'Wessex' })).toThrow(UnknownAreaError);
    expect(() => selectSeats(seats, '2010', { nation: 'Mercia' })).toThrow(UnknownAreaError);
    expect(() => selectSeats(seats, '2010', { seats: ['Nowhere'] })).toThrow(UnknownSeatError);
  });

  it('selects a real county without its city seats', () => {
    const { constituencies } = realDataset();
    const all = selectSeats(constituencies, '2010', { county: 'South Yorkshire' });
    const withoutSheffield = selectSeats(constituencies, '2010', {
      county: 'South Yorkshire',
      exclude: all.filter((s) => s.name.startsWith('Sheffield')).map((s) => s.code),
    });
    expect(all).toHaveLength(14);
    expect(withoutSheffield).toHaveLength(9);
  });
});

import { describe, expect, it } from 'vitest';
import { AmbiguousSeatError, findSeat, normaliseSeatName, UnknownSeatError } from './seat-lookup';
import { catchError } from './testing/catch-error';
import { realDataset } from './testing/data-files';
import { seat } from './testing/tiny-dataset';

const seats = [
  seat('E1', 'Batley and Spen'),
  seat('E2', 'Dewsbury and Batley', { boundarySet: '2024' }),
  seat('E3', 'Aldershot'),
  seat('E4', 'Aldershot', { boundarySet: '2024' }),
  seat('E5', 'Sheffield, Brightside and Hillsborough'),
  seat('E6', 'Ynys Môn', { boundarySet: '2024' }),
];

describe('findSeat', () => {
  it('finds by GSS code in any case', () => {
    expect(findSeat(seats, 'e3').code).toBe('E3');
    expect(findSeat(realDataset().constituencies, 'e14000548').name).toBe('Batley and Spen');
  });

  it('finds exact names ignoring case, punctuation, accents and "&"', () => {
    expect(findSeat(seats, 'batley & spen').code).toBe('E1');
    expect(findSeat(seats, 'Sheffield Brightside and Hillsborough').code).toBe('E5');
    expect(findSeat(seats, 'ynys mon').code).toBe('E6');
    expect(normaliseSeatName('Brighton, Kemptown & Peacehaven')).toBe('brighton kemptown and peacehaven');
  });

  it('prefers the 2024-set seat when a name is on both sets, unless a set is given', () => {
    expect(findSeat(seats, 'Aldershot').code).toBe('E4');
    expect(findSeat(seats, 'Aldershot', { boundarySet: '2010' }).code).toBe('E3');
  });

  it('finds a unique partial match by word prefixes', () => {
    expect(findSeat(seats, 'sheff bright').code).toBe('E5');
  });

  it('throws AmbiguousSeatError listing every seat a partial name matches', () => {
    const error = catchError(() => findSeat(seats, 'Batley'));
    expect(error).toBeInstanceOf(AmbiguousSeatError);
    expect((error as AmbiguousSeatError).suggestions.map((s) => s.code)).toEqual(['E1', 'E2']);
  });

  it('throws UnknownSeatError with the closest names by edit distance', () => {
    const error = catchError(() => findSeat(seats, 'Aldershott'));
    expect(error).toBeInstanceOf(UnknownSeatError);
    expect((error as UnknownSeatError).suggestions[0]).toMatchObject({
      name: 'Aldershot',
      boundarySet: '2024',
    });
    expect(String(error)).toContain('No seat matches "Aldershott"');
    const real = catchError(() => findSeat(realDataset().constituencies, 'Copland'));
    expect((real as UnknownSeatError).suggestions[0]?.name).toBe('Copeland');
  });
});

import { describe, expect, it } from 'vitest';
import { count, percent, points, renderTable, signedCount } from './text-table';

describe('text tables', () => {
  it('aligns columns, numbers to the right', () => {
    expect(
      renderTable(
        ['Party', 'Seats'],
        [
          ['Lab', '411'],
          ['Con', '121'],
        ],
        ['left', 'right'],
      ),
    ).toBe(['Party  Seats', '-----  -----', 'Lab      411', 'Con      121'].join('\n'));
  });

  it('formats shares, points and counts', () => {
    expect(percent(0.4321)).toBe('43.2%');
    expect(points(0.051)).toBe('+5.1');
    expect(points(-0.0001)).toBe('0.0');
    expect(count(13966454)).toBe('13,966,454');
    expect(signedCount(1200)).toBe('+1,200');
  });
});

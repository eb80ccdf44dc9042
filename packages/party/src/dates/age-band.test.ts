import { describe, expect, it } from 'vitest';
import { ageBandNames, describeAgeBand } from './age-band';

describe('describeAgeBand', () => {
  it('says every band in words', () => {
    expect(ageBandNames.map(describeAgeBand)).toEqual([
      'under 18',
      '18 to 26',
      '27 to 34',
      '35 to 44',
      '45 to 54',
      '55 to 64',
      '65 or over',
    ]);
  });
});

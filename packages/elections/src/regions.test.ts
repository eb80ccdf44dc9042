import { describe, expect, it } from 'vitest';
import { findNation, findRegion, REGIONS } from './regions';

describe('regions', () => {
  it('finds regions by ONS code, short code, name and the data spellings', () => {
    expect(findRegion('E12000003')?.name).toBe('Yorkshire and The Humber');
    expect(findRegion('yh')?.code).toBe('E12000003');
    expect(findRegion('Yorkshire and the Humber')?.code).toBe('E12000003');
    expect(findRegion('East of England ')?.code).toBe('E12000006');
    expect(findRegion('East')?.code).toBe('E12000006');
    expect(findRegion('GL')?.name).toBe('London');
    expect(findRegion('Wessex')).toBeUndefined();
    expect(REGIONS).toHaveLength(12);
  });

  it('finds nations by name', () => {
    expect(findNation('scotland')).toBe('Scotland');
    expect(findNation('GB')).toBeUndefined();
  });
});

import { describe, expect, it } from 'vitest';
import { normalisePostcode, postcodeSchema } from './postcode';

describe('normalisePostcode', () => {
  it.each([
    ['sw1a1aa', 'SW1A 1AA'],
    [' SW1A  1AA ', 'SW1A 1AA'],
    ['ec1a 1bb', 'EC1A 1BB'],
    ['W1A 0AX', 'W1A 0AX'],
    ['m1 1ae', 'M1 1AE'],
    ['B338TH', 'B33 8TH'],
    ['CR2 6XH', 'CR2 6XH'],
    ['DN55 1PT', 'DN55 1PT'],
    ['ts24 7aa', 'TS24 7AA'],
    ['GIR 0AA', 'GIR 0AA'],
  ])('normalises %s to %s', (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });
  it.each(['', 'SW1A', 'Q1 1AA', 'SW1A 1AC', 'AB1 1A', '12345', 'SW1A 1AA X', 'IJ1 1AA'])(
    'rejects %j',
    (input) => {
      expect(normalisePostcode(input)).toBeNull();
    },
  );
  it('transforms through the zod schema', () => {
    expect(postcodeSchema.parse('ts247aa')).toBe('TS24 7AA');
    expect(postcodeSchema.safeParse('nope').success).toBe(false);
  });
});

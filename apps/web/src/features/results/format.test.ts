import { describe, expect, it } from 'vitest';
import { count, percent, points, signedCount } from './format';
import { partyColour, partyName } from './party-colours';

describe('results formatting', () => {
  it('formats shares, signed points and counts', () => {
    expect(percent(0.4321)).toBe('43.2%');
    expect(points(0.051)).toBe('+5.1');
    expect(points(-0.051)).toBe('−5.1');
    expect(points(-0.0001)).toBe('0.0');
    expect(count(13966454)).toBe('13,966,454');
    expect(signedCount(-1200)).toBe('−1,200');
    expect(signedCount(0)).toBe('0');
  });

  it('gives every party a colour and known parties their names', () => {
    expect(partyColour('Lab')).toBe('#e4003b');
    expect(partyColour('XYZ')).toMatch(/^#[0-9a-f]{6}$/);
    expect(partyColour(null)).toMatch(/^#[0-9a-f]{6}$/);
    expect(partyName('LD')).toBe('Liberal Democrat');
    expect(partyName('XYZ')).toBe('XYZ');
  });
});

import { describe, expect, it } from 'vitest';
import { normalisePartyAbbreviation, partyFromNotionalCode } from './parties';
import { to2024Code } from './scottish-code-changes';

describe('party codes', () => {
  it('normalises results-file spellings to candidacy abbreviations', () => {
    expect(normalisePartyAbbreviation('Respect')).toBe('Res');
    expect(normalisePartyAbbreviation('Lab Coop')).toBe('Lab');
    expect(normalisePartyAbbreviation(' Con ')).toBe('Con');
  });

  it('maps notional-2019 party codes to abbreviations', () => {
    expect(partyFromNotionalCode('CONV')).toBe('Con');
    expect(partyFromNotionalCode('BRXV')).toBe('BRX');
    expect(partyFromNotionalCode('GRNV')).toBe('Green');
    expect(partyFromNotionalCode('IND3V')).toBe('Ind');
    expect(partyFromNotionalCode('Commons Speaker')).toBe('Spk');
    expect(partyFromNotionalCode('MKV')).toBe('MK');
  });

  it('maps the five unchanged Scottish seats to their 2024 codes and leaves others alone', () => {
    expect(['S14000006', 'S14000008', 'S14000010', 'S14000040', 'S14000058'].map(to2024Code)).toEqual([
      'S14000107',
      'S14000108',
      'S14000109',
      'S14000110',
      'S14000111',
    ]);
    expect(to2024Code('S14000060')).toBe('S14000060');
  });
});

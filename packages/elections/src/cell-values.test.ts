import { describe, expect, it } from 'vitest';
import {
  parseBoolean,
  parseConstituencyType,
  parseCount,
  parseDate,
  parseDecimal,
  parseDeclarationTime,
  parseGender,
  parseNation,
  parseYesNo,
} from './cell-values';

describe('cell values', () => {
  it('reads counts and rejects anything else', () => {
    expect(parseCount('16073')).toBe(16073);
    expect(parseCount('0')).toBe(0);
    expect(parseCount('-1')).toBeUndefined();
    expect(parseCount('[x]')).toBeUndefined();
    expect(parseCount('1,000')).toBeUndefined();
    expect(parseCount('')).toBeUndefined();
  });

  it('reads decimals including exponent form', () => {
    expect(parseDecimal('0.519187')).toBe(0.519187);
    expect(parseDecimal('-0.081')).toBe(-0.081);
    expect(parseDecimal('2.33068E-05')).toBeCloseTo(0.0000233068);
    expect(parseDecimal('abc')).toBeUndefined();
  });

  it('reads dd/mm/yyyy and yyyy-mm-dd dates and rejects impossible ones', () => {
    expect(parseDate('23/02/2017')).toBe('2017-02-23');
    expect(parseDate('2010-05-06')).toBe('2010-05-06');
    expect(parseDate('31/02/2017')).toBeUndefined();
    expect(parseDate('2017-2-3')).toBeUndefined();
  });

  it('reads declaration times', () => {
    expect(parseDeclarationTime('07/05/2010 03:05')).toBe('2010-05-07T03:05');
    expect(parseDeclarationTime('07/05/2010 25:05')).toBeUndefined();
  });

  it('folds M/F and Male/Female into one gender enum', () => {
    expect(parseGender('M')).toBe('male');
    expect(parseGender('Male')).toBe('male');
    expect(parseGender('F')).toBe('female');
    expect(parseGender('Female')).toBe('female');
    expect(parseGender('Non-binary')).toBe('non-binary');
    expect(parseGender('?')).toBe('unknown');
    expect(parseGender('X')).toBeUndefined();
  });

  it('reads Yes/No with blank as unknown', () => {
    expect(parseYesNo('Yes')).toBe(true);
    expect(parseYesNo('No')).toBe(false);
    expect(parseYesNo('')).toBeNull();
    expect(parseYesNo('Maybe')).toBeUndefined();
    expect(parseBoolean('true')).toBe(true);
    expect(parseBoolean('false')).toBe(false);
    expect(parseBoolean('yes')).toBeUndefined();
  });

  it('reads nations and constituency types', () => {
    expect(parseNation('Northern Ireland')).toBe('Northern Ireland');
    expect(parseNation('Ulster')).toBeUndefined();
    expect(parseConstituencyType('Burgh')).toBe('Burgh');
    expect(parseConstituencyType('City')).toBeUndefined();
  });
});

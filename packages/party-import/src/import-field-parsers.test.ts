import { describe, expect, it } from 'vitest';
import {
  normaliseImportEmail,
  normaliseImportPhone,
  parseImportAgeBand,
  parseImportDate,
  parseImportStatus,
  parseImportYesNo,
} from './import-field-parsers';
import { fieldForHeader, membershipCsvColumns, normaliseHeader } from './membership-csv-columns';

describe('cell parsers', () => {
  it.each([
    ['2024-03-01', '2024-03-01'],
    ['01/03/2024', '2024-03-01'],
    ['1/3/2024', '2024-03-01'],
    ['29.02.2024', '2024-02-29'],
    ['31-12-2023', '2023-12-31'],
    ['29/02/2023', null],
    ['03/31/2024', null],
    ['2024/03/01', null],
    ['yesterday', null],
  ])('reads the date %s as %s (day first, never US order)', (cell, expected) => {
    expect(parseImportDate(cell)).toBe(expected);
  });

  it.each([
    ['Active', 'active'],
    ['CURRENT', 'active'],
    ['In good standing', 'active'],
    ['New', 'pending'],
    ['Administratively suspended', 'suspended'],
    ['Expired', 'lapsed'],
    ['cancelled', 'resigned'],
    ['Expelled', 'expelled'],
    ['Deceased', 'deceased'],
    ['retired', null],
  ])('reads the status %s as %s', (cell, expected) => {
    expect(parseImportStatus(cell)).toBe(expected);
  });

  it('reads yes and no, blank as no', () => {
    expect(['Yes', 'y', 'TRUE', '1', 'no', 'N', 'false', '0', '', 'maybe'].map(parseImportYesNo)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
      false,
      false,
      false,
      null,
    ]);
  });

  it('reads age bands by name or range', () => {
    expect(
      ['18_to_26', '18-26', '18 to 26', '65+', 'under 18', '27_TO_34', '30s'].map(parseImportAgeBand),
    ).toEqual(['18_to_26', '18_to_26', '18_to_26', '65_plus', 'under_18', '27_to_34', null]);
  });

  it('normalises phones and emails', () => {
    expect(normaliseImportPhone('+44 (0)7700 900123')).toBe('+447700900123');
    expect(normaliseImportPhone('07700-900-123')).toBe('07700900123');
    expect(normaliseImportPhone('call me')).toBeNull();
    expect(normaliseImportEmail('Ann.Smith@Example.ORG')).toBe('ann.smith@example.org');
    expect(normaliseImportEmail('ann@')).toBeNull();
  });
});

describe('membership CSV columns', () => {
  it('matches headers liberally', () => {
    expect(fieldForHeader('Membership No.')).toBe('membershipNumber');
    expect(fieldForHeader('SURNAME')).toBe('lastName');
    expect(fieldForHeader('Date of Birth')).toBe('dateOfBirth');
    expect(fieldForHeader('Ward Code')).toBe('branch');
    expect(fieldForHeader('E-mail')).toBe('email');
    expect(fieldForHeader('favourite colour')).toBeNull();
    expect(normaliseHeader(' Paid_Up-To ')).toBe('paidupto');
  });

  it('never lets one header name two fields', () => {
    const seen = new Map<string, string>();
    for (const column of membershipCsvColumns) {
      for (const name of [column.header, ...column.aliases]) {
        const key = normaliseHeader(name);
        const other = seen.get(key);
        expect(other === undefined || other === column.field).toBe(true);
        seen.set(key, column.field);
      }
    }
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsvRecords } from './csv-records';

const lines = (text: string) => readCsvRecords(text).records.map((record) => [record.line, record.fields]);

describe('readCsvRecords', () => {
  it('reads simple records with their line numbers', () => {
    expect(lines('a,b\n1,2\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['1', '2']],
    ]);
  });

  it('handles CRLF, CR, a BOM, blank lines and a missing final newline', () => {
    expect(lines('\uFEFFa,b\r\n\r\n1,2\r3,4')).toEqual([
      [1, ['a', 'b']],
      [3, ['1', '2']],
      [4, ['3', '4']],
    ]);
  });

  it('numbers records by their first line when quoted fields span lines', () => {
    expect(lines('a,b\r\n"x\r\ny",1\r\n"p\nq\nr",2\r\nz,3\r\n')).toEqual([
      [1, ['a', 'b']],
      [2, ['x\r\ny', '1']],
      [4, ['p\nq\nr', '2']],
      [7, ['z', '3']],
    ]);
  });

  it('unescapes doubled quotes and keeps empty fields', () => {
    expect(lines('"say ""hi""",,"",x\n')).toEqual([[1, ['say "hi"', '', '', 'x']]]);
  });

  it('reports text after a closing quote and carries on', () => {
    const result = readCsvRecords('a,b\n"1"x,2\n3,4\n');
    expect(result.problems).toEqual([{ line: 2, message: expect.stringContaining('after a closing quote') }]);
    expect(result.records.map((record) => record.line)).toEqual([1, 3]);
  });

  it('reports a quote that is never closed at the line it opened', () => {
    const result = readCsvRecords('a,b\n1,2\n3,"open\n4,5\n');
    expect(result.problems).toEqual([{ line: 3, message: 'a quoted field is never closed' }]);
    expect(result.records.map((record) => record.line)).toEqual([1, 2]);
  });

  it('round-trips any fields written with RFC 4180 quoting', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'b', ',', '"', '\n', '\r\n', ' ', 'é') });
    const quote = (value: string) => `"${value.replaceAll('"', '""')}"`;
    fc.assert(
      fc.property(
        fc.array(fc.array(field, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        (rows) => {
          const text = rows.map((row) => row.map(quote).join(',')).join('\r\n');
          expect(readCsvRecords(text).records.map((record) => record.fields)).toEqual(rows);
        },
      ),
    );
  });
});

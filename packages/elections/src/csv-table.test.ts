import { describe, expect, it } from 'vitest';
import { exactHeader, readCsvTable } from './csv-table';
import { HeaderError, InvalidValueError, MalformedRowError } from './data-file-error';
import { catchError } from './testing/catch-error';

const layout = { header: exactHeader(['Name', { name: 'Votes', aliases: ['Vote count'] }]) };

describe('readCsvTable', () => {
  it('drops a BOM, handles CRLF and quoted commas, skips blank lines, and numbers lines', () => {
    const text = '\ufeffName,Votes\r\n"Ayr, Carrick and Cumnock",12\r\n\r\nCopeland,13748\r\n';
    const { columns, rows } = readCsvTable(text, 'f.csv', layout);
    expect(columns).toEqual(['Name', 'Votes']);
    expect(rows.map((row) => [row.line, row.text('Name'), row.count('Votes')])).toEqual([
      [2, 'Ayr, Carrick and Cumnock', 12],
      [4, 'Copeland', 13748],
    ]);
  });

  it('accepts LF endings and a last line without a newline', () => {
    const { rows } = readCsvTable('Name,Votes\nA,1\nB,2', 'f.csv', layout);
    expect(rows.map((row) => row.count('Votes'))).toEqual([1, 2]);
  });

  it('accepts column aliases and reports them under the canonical name', () => {
    const { rows } = readCsvTable('Name,Vote count\nA,1\n', 'f.csv', layout);
    expect(rows[0]?.count('Votes')).toBe(1);
  });

  it('trims cells, including no-break spaces and tabs', () => {
    const { rows } = readCsvTable('Name,Votes\n Stamp\t,\u00a05\u00a0\n', 'f.csv', layout);
    expect(rows[0]?.text('Name')).toBe('Stamp');
    expect(rows[0]?.count('Votes')).toBe(5);
  });

  it('treats "[x]" and blanks as not available in optional counts', () => {
    const { rows } = readCsvTable('Name,Votes\nA,[x]\nB,\n', 'f.csv', layout);
    expect(rows.map((row) => row.optionalCount('Votes'))).toEqual([null, null]);
  });

  it('throws HeaderError for an empty file', () => {
    expect(() => readCsvTable('', 'empty.csv', layout)).toThrow(HeaderError);
  });

  it('throws HeaderError naming the misnamed column', () => {
    const error = catchError(() => readCsvTable('Name,Voters\nA,1\n', 'bad.csv', layout));
    expect(error).toBeInstanceOf(HeaderError);
    expect(error).toMatchObject({ file: 'bad.csv', line: 1, column: 2, kind: 'header' });
    expect(String(error)).toContain('expected column "Votes", found "Voters"');
  });

  it('throws HeaderError for a missing or extra column', () => {
    expect(catchError(() => readCsvTable('Name\nA\n', 'f.csv', layout))).toMatchObject({ column: 2 });
    expect(catchError(() => readCsvTable('Name,Votes,Extra\nA,1,2\n', 'f.csv', layout))).toMatchObject({
      column: 3,
    });
  });

  it('throws MalformedRowError for a row with too few or too many fields', () => {
    const short = catchError(() => readCsvTable('Name,Votes\nA,1\nB\n', 'short.csv', layout));
    expect(short).toBeInstanceOf(MalformedRowError);
    expect(short).toMatchObject({ file: 'short.csv', line: 3, column: 2, columnName: 'Votes' });
    const long = catchError(() => readCsvTable('Name,Votes\nA,1,9\n', 'long.csv', layout));
    expect(long).toMatchObject({ line: 2, column: 3, kind: 'malformed-row' });
  });

  it('throws MalformedRowError for an unclosed quote', () => {
    const error = catchError(() => readCsvTable('Name,Votes\n"A,1\nB,2\n', 'quote.csv', layout));
    expect(error).toBeInstanceOf(MalformedRowError);
    expect(error).toMatchObject({ file: 'quote.csv' });
  });

  it('throws InvalidValueError naming file, line and column for a bad cell', () => {
    const error = catchError(() =>
      readCsvTable('Name,Votes\nA,1\nB,lots\n', 'cell.csv', layout).rows[1]?.count('Votes'),
    );
    expect(error).toBeInstanceOf(InvalidValueError);
    expect(error).toMatchObject({ file: 'cell.csv', line: 3, column: 2, columnName: 'Votes' });
    expect(String(error)).toBe(
      'InvalidValueError: cell.csv, line 3, column 2 ("Votes"): expected a whole number, found "lots"',
    );
  });

  it('reads headerless files with fixed columns', () => {
    const { rows } = readCsvTable('1,x\n2,y\n', 'f.csv', { columns: ['n', 'v'] });
    expect(rows.map((row) => row.count('n'))).toEqual([1, 2]);
  });
});

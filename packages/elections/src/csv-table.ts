import { parse } from 'csv-parse/sync';
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
import { HeaderError, InvalidValueError, MalformedRowError } from './data-file-error';
import type { ConstituencyType, Gender, Nation } from './types';

/** An expected column: its name, and other spellings some files use for it (e.g. "ONS ID2" for "ONS ID"). */
export type ColumnSpec = string | { name: string; aliases: readonly string[] };

/** Turns the header row into canonical column names, or calls fail(column, problem). */
export type HeaderCheck = (
  actual: readonly string[],
  fail: (column: number, problem: string) => never,
) => string[];

/** How a file's columns are known: from its header row, or fixed (for files without one). */
export type CsvLayout = { header: HeaderCheck } | { columns: readonly string[] };

/** A parsed CSV file: its canonical column names and its data rows. */
export interface CsvTable {
  columns: readonly string[];
  rows: CsvRow[];
}

/** Marks a value that the data says is not available. */
const NOT_AVAILABLE = '[x]';

/** One data row of a CSV file, with readers that convert cells or throw errors naming file, line and column. */
export class CsvRow {
  constructor(
    /** The file the row came from. */
    readonly file: string,
    /** 1-based line number of the row. */
    readonly line: number,
    private readonly columns: ReadonlyMap<string, number>,
    private readonly cells: readonly string[],
  ) {}

  /** Throws an InvalidValueError located at the given column of this row. */
  fail(column: string, problem: string): never {
    const index = this.columns.get(column);
    throw new InvalidValueError(
      this.file,
      this.line,
      index === undefined ? null : index + 1,
      column,
      problem,
    );
  }

  /** Whether the file has this column. */
  hasColumn(column: string): boolean {
    return this.columns.has(column);
  }

  /** A cell's text with surrounding whitespace (including no-break spaces and tabs) removed. */
  raw(column: string): string {
    const index = this.columns.get(column);
    if (index === undefined) throw new Error(`Parser asked for unknown column "${column}" in ${this.file}`);
    return (this.cells[index] ?? '').trim();
  }

  /** A required, non-empty text cell. */
  text(column: string): string {
    const value = this.raw(column);
    return value === '' ? this.fail(column, 'is empty') : value;
  }

  /** A text cell that may be blank (null). */
  optionalText(column: string): string | null {
    const value = this.raw(column);
    return value === '' ? null : value;
  }

  private convert<T>(column: string, parser: (text: string) => T | undefined, expected: string): T {
    const value = this.raw(column);
    const parsed = parser(value);
    return parsed === undefined ? this.fail(column, `expected ${expected}, found "${value}"`) : parsed;
  }

  /** A non-negative whole number. */
  count(column: string): number {
    return this.convert(column, parseCount, 'a whole number');
  }

  /** A non-negative whole number, or null when blank or "[x]" (not available). */
  optionalCount(column: string): number | null {
    const value = this.raw(column);
    return value === '' || value === NOT_AVAILABLE ? null : this.count(column);
  }

  /** A decimal number. */
  decimal(column: string): number {
    return this.convert(column, parseDecimal, 'a number');
  }

  /** A decimal number, or null when blank. */
  optionalDecimal(column: string): number | null {
    return this.raw(column) === '' ? null : this.decimal(column);
  }

  /** A dd/mm/yyyy or yyyy-mm-dd date, as yyyy-mm-dd. */
  date(column: string): string {
    return this.convert(column, parseDate, 'a date (dd/mm/yyyy)');
  }

  /** A date, or null when blank. */
  optionalDate(column: string): string | null {
    return this.raw(column) === '' ? null : this.date(column);
  }

  /** A declaration time, or null when blank. */
  optionalDeclarationTime(column: string): string | null {
    return this.raw(column) === ''
      ? null
      : this.convert(column, parseDeclarationTime, 'a time (dd/mm/yyyy hh:mm)');
  }

  /** A gender code (M, F, Male, Female, Non-binary, ?). */
  gender(column: string): Gender {
    return this.convert(column, parseGender, 'a gender code (M, F, Male, Female, Non-binary or ?)');
  }

  /** "Yes"/"No", or null when blank. */
  yesNo(column: string): boolean | null {
    return this.convert(column, parseYesNo, '"Yes" or "No"');
  }

  /** "true"/"false". */
  boolean(column: string): boolean {
    return this.convert(column, parseBoolean, '"true" or "false"');
  }

  /** A nation name (England, Scotland, Wales, Northern Ireland). */
  nation(column: string): Nation {
    return this.convert(column, parseNation, 'England, Scotland, Wales or Northern Ireland');
  }

  /** A constituency type (County, Borough, Burgh). */
  constituencyType(column: string): ConstituencyType {
    return this.convert(column, parseConstituencyType, 'County, Borough or Burgh');
  }
}

/** Builds a HeaderCheck that requires exactly these columns, in this order. */
export function exactHeader(expected: readonly ColumnSpec[]): HeaderCheck {
  return (actual, fail) => {
    const names = matchColumns(actual, expected, 0, fail);
    if (actual.length > expected.length) {
      fail(expected.length + 1, `unexpected extra column "${actual[expected.length] ?? ''}"`);
    }
    return names;
  };
}

/** Checks actual[start…] against the expected columns (further columns are left to the caller); returns canonical names. */
export function matchColumns(
  actual: readonly string[],
  expected: readonly ColumnSpec[],
  start: number,
  fail: (column: number, problem: string) => never,
): string[] {
  const names: string[] = [];
  expected.forEach((spec, offset) => {
    const index = start + offset;
    const name = typeof spec === 'string' ? spec : spec.name;
    const accepted = typeof spec === 'string' ? [spec] : [spec.name, ...spec.aliases];
    const found = actual[index];
    if (found === undefined) fail(index + 1, `missing column "${name}"`);
    if (!accepted.includes(found.trim())) fail(index + 1, `expected column "${name}", found "${found}"`);
    names.push(name);
  });
  return names;
}

interface CsvRecord {
  record: string[];
  info: { lines: number };
}

interface CsvParseFailure {
  code?: unknown;
  lines?: unknown;
  column?: unknown;
  message?: unknown;
}

function splitRecords(text: string, file: string): CsvRecord[] {
  try {
    return parse(text, {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as CsvRecord[];
  } catch (cause) {
    const failure = (typeof cause === 'object' && cause !== null ? cause : {}) as CsvParseFailure;
    const line = typeof failure.lines === 'number' ? failure.lines : 1;
    const column = typeof failure.column === 'number' ? failure.column + 1 : null;
    const message = typeof failure.message === 'string' ? failure.message : String(cause);
    throw new MalformedRowError(file, line, column, null, `cannot split the row into fields: ${message}`, {
      cause,
    });
  }
}

/**
 * Parses CSV text into located rows: a UTF-8 BOM is dropped, CRLF and LF both work, blank lines are
 * skipped, quoted fields (e.g. "Ayr, Carrick and Cumnock") are honoured. The header (or the fixed
 * column list) is checked first; every row must have exactly as many fields as there are columns.
 */
export function readCsvTable(text: string, file: string, layout: CsvLayout): CsvTable {
  const records = splitRecords(text, file);
  let names: readonly string[];
  let body: CsvRecord[];
  if ('header' in layout) {
    const [first, ...rest] = records;
    if (first === undefined)
      throw new HeaderError(file, 1, null, null, 'the file is empty; a header row is required');
    const fail = (column: number, problem: string): never => {
      throw new HeaderError(file, first.info.lines, column, null, problem);
    };
    names = layout.header(first.record, fail);
    body = rest;
  } else {
    names = layout.columns;
    body = records;
  }
  const columns = new Map(names.map((name, index) => [name, index] as const));
  const rows = body.map(({ record, info }) => {
    if (record.length !== names.length) {
      const problem = `expected ${names.length} fields, found ${record.length}`;
      const column = Math.min(record.length, names.length) + 1;
      throw new MalformedRowError(file, info.lines, column, names[column - 1] ?? null, problem);
    }
    return new CsvRow(file, info.lines, columns, record);
  });
  return { columns: names, rows };
}

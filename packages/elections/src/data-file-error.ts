/** The kinds of data-file problem, one error class each. */
export type DataFileErrorKind = 'header' | 'malformed-row' | 'invalid-value' | 'invalid-document';

/** A problem in a data file; names the file, the line and, where known, the column. */
export abstract class DataFileError extends Error {
  /** Which kind of problem this is. */
  abstract readonly kind: DataFileErrorKind;

  constructor(
    /** File path, as given to the parser (normally relative to data/). */
    readonly file: string,
    /** 1-based line number. */
    readonly line: number,
    /** 1-based column (field) number; null when the problem is not in one column. */
    readonly column: number | null,
    /** The column's header name, when known. */
    readonly columnName: string | null,
    /** What is wrong, in one sentence. */
    readonly problem: string,
    options?: ErrorOptions,
  ) {
    const where = [`line ${line}`];
    if (column !== null) where.push(`column ${column}${columnName === null ? '' : ` ("${columnName}")`}`);
    super(`${file}, ${where.join(', ')}: ${problem}`, options);
  }
}

/** The header row is missing, or a column is missing, misnamed or unexpected. */
export class HeaderError extends DataFileError {
  override readonly name = 'HeaderError';
  override readonly kind = 'header';
}

/** A row cannot be split into the expected fields (bad quoting, too few or too many fields). */
export class MalformedRowError extends DataFileError {
  override readonly name = 'MalformedRowError';
  override readonly kind = 'malformed-row';
}

/** A cell holds a value of the wrong form (not a number, unknown gender code, impossible date, duplicate key…). */
export class InvalidValueError extends DataFileError {
  override readonly name = 'InvalidValueError';
  override readonly kind = 'invalid-value';
}

/** A JSON document (HexJSON, GeoJSON) is not valid JSON or lacks a required member. */
export class InvalidDocumentError extends DataFileError {
  override readonly name = 'InvalidDocumentError';
  override readonly kind = 'invalid-document';
}

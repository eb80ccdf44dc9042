/** One CSV record with the physical line (1-based) it starts on. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: readonly string[];
}

/** A CSV syntax problem at a line. */
export interface CsvSyntaxProblem {
  readonly line: number;
  readonly message: string;
}

/** The records of a CSV text and any syntax problems. */
export interface CsvRecords {
  readonly records: readonly CsvRecord[];
  readonly problems: readonly CsvSyntaxProblem[];
}

const COMMA = 44;
const QUOTE = 34;
const LF = 10;
const CR = 13;

// Comma-separated, double-quoted, CRLF/LF/CR line ends, optional BOM; blank lines are skipped. A record with a
// syntax problem is reported and left out. (csv-parse's line counter double-counts CRLF inside quoted fields.)

/** Reads RFC 4180 CSV into records numbered by the physical line each starts on, with any syntax problems. */
export function readCsvRecords(text: string): CsvRecords {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  const problems: CsvSyntaxProblem[] = [];
  const length = input.length;
  let position = 0;
  let line = 1;
  while (position < length) {
    const startLine = line;
    const fields: string[] = [];
    let broken: string | null = null;
    let endOfRecord = false;
    while (!endOfRecord) {
      let value = '';
      if (input.charCodeAt(position) === QUOTE) {
        const quoteLine = line;
        position += 1;
        let closed = false;
        while (position < length) {
          const next = input.indexOf('"', position);
          if (next === -1) break;
          const chunk = input.slice(position, next);
          value += chunk;
          line += countLineBreaks(chunk);
          if (input.charCodeAt(next + 1) === QUOTE) {
            value += '"';
            position = next + 2;
          } else {
            position = next + 1;
            closed = true;
            break;
          }
        }
        if (!closed) {
          problems.push({ line: quoteLine, message: 'a quoted field is never closed' });
          return { records, problems };
        }
        const after = input.charCodeAt(position);
        if (position < length && after !== COMMA && after !== LF && after !== CR) {
          broken ??= 'unexpected text after a closing quote (write "" for a quote inside a quoted field)';
        }
      }
      while (position < length) {
        const code = input.charCodeAt(position);
        if (code === COMMA || code === LF || code === CR) break;
        const stop = nextDelimiter(input, position);
        value += input.slice(position, stop);
        position = stop;
      }
      fields.push(value);
      const code = input.charCodeAt(position);
      if (code === COMMA) {
        position += 1;
      } else {
        if (code === CR && input.charCodeAt(position + 1) === LF) position += 2;
        else if (position < length) position += 1;
        line += 1;
        endOfRecord = true;
      }
    }
    if (broken !== null) problems.push({ line: startLine, message: broken });
    else if (!(fields.length === 1 && fields[0] === '')) records.push({ line: startLine, fields });
  }
  return { records, problems };
}

function nextDelimiter(input: string, from: number): number {
  for (let index = from; index < input.length; index += 1) {
    const code = input.charCodeAt(index);
    if (code === COMMA || code === LF || code === CR) return index;
  }
  return input.length;
}

function countLineBreaks(chunk: string): number {
  let count = 0;
  for (let index = 0; index < chunk.length; index += 1) {
    const code = chunk.charCodeAt(index);
    if (code === LF || (code === CR && chunk.charCodeAt(index + 1) !== LF)) count += 1;
  }
  return count;
}

import { InvalidDocumentError } from './data-file-error';

/** A parsed JSON object. */
export type JsonObject = Readonly<Record<string, unknown>>;

/** Whether a parsed JSON value is an object (not an array or null). */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset && index < text.length; index++)
    if (text.charCodeAt(index) === 10) line++;
  return line;
}

/** Line of the first occurrence of a JSON key such as "E14000530" in the text (1 if not found). */
export function lineOfKey(text: string, key: string): number {
  const offset = text.indexOf(JSON.stringify(key));
  return offset < 0 ? 1 : lineAt(text, offset);
}

/** Parses JSON text (BOM allowed); a syntax error becomes an InvalidDocumentError naming the line. */
export function parseJsonDocument(text: string, file: string): unknown {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(body);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const position = /position (\d+)/.exec(message);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const line = lineColumn ? Number(lineColumn[1]) : position ? lineAt(body, Number(position[1])) : 1;
    throw new InvalidDocumentError(file, line, null, null, `not valid JSON: ${message}`, { cause });
  }
}

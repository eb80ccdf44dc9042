/** PostgreSQL type OIDs whose parsing Caucus makes identical on PGlite and node-postgres. */
export const TYPE_OID = { int8: 20, date: 1082 } as const;

/** Parses a bigint column into a JS number, refusing values that would lose precision. */
export function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) {
    throw new RangeError(
      `bigint value ${text} is outside JavaScript's safe integer range; select it as text`,
    );
  }
  return value;
}

/** Keeps a date column as its ISO `YYYY-MM-DD` text, so no time zone can shift it. */
export function parseDate(text: string): string {
  return text;
}

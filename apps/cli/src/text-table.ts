// Plain-text formatting for people: aligned tables, percentages and vote counts.

/** How a column is aligned. */
export type Align = 'left' | 'right';

/** Renders rows under headers as an aligned table (numbers usually right-aligned). */
export function renderTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[] = [],
): string {
  const widths = headers.map((header, i) =>
    Math.max(header.length, ...rows.map((row) => (row[i] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => {
        const width = widths[i] ?? 0;
        return align[i] === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

/** A fraction as a percentage, e.g. 0.4321 → "43.2%". */
export function percent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A change in share points with its sign, e.g. 0.051 → "+5.1". */
export function points(fraction: number, digits = 1): string {
  const value = (fraction * 100).toFixed(digits);
  return fraction > 0 ? `+${value}` : value === `-${(0).toFixed(digits)}` ? (0).toFixed(digits) : value;
}

/** A whole number with thousands separators, e.g. 13966454 → "13,966,454". */
export function count(value: number): string {
  return value.toLocaleString('en-GB');
}

/** A signed whole number, e.g. 1200 → "+1,200". */
export function signedCount(value: number): string {
  return value > 0 ? `+${count(value)}` : count(value);
}

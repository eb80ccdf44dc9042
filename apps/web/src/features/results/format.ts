// Number formatting for the results pages.

/** A fraction as a percentage, e.g. 0.4321 → "43.2%". */
export function percent(fraction: number, digits = 1): string {
  return `${(fraction * 100).toFixed(digits)}%`;
}

/** A change in share points with its sign (a real minus), e.g. -0.051 → "−5.1". */
export function points(fraction: number, digits = 1): string {
  const value = Math.abs(fraction * 100).toFixed(digits);
  if (Number(value) === 0) return (0).toFixed(digits);
  return `${fraction > 0 ? '+' : '−'}${value}`;
}

/** A whole number with thousands separators. */
export function count(value: number): string {
  return value.toLocaleString('en-GB');
}

/** A signed whole number, e.g. −1,200 or +350. */
export function signedCount(value: number): string {
  if (value === 0) return '0';
  return `${value > 0 ? '+' : '−'}${Math.abs(value).toLocaleString('en-GB')}`;
}

/** Changes to a rule-book section: any part may be replaced; nested objects are merged, arrays replaced whole. */
export type Amendment<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { readonly [K in keyof T]?: Amendment<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A new edition of a section written as its base plus amendments (`labour2021 = amend(labour2018, {...})`). */
export function amend<T>(base: T, changes: Amendment<T>): T {
  if (!isPlainObject(base) || !isPlainObject(changes)) return changes as T;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, change] of Object.entries(changes)) {
    if (change === undefined) continue;
    const current = merged[key];
    merged[key] = isPlainObject(current) && isPlainObject(change) ? amend(current, change) : change;
  }
  // Sound: every key of `base` is kept and each amended key holds a value of its own type (Amendment<T[K]>).
  return merged as T;
}

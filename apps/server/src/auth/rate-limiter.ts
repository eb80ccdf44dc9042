/** Outcome of asking the limiter for one more attempt. */
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts attempts per key in a sliding window held in memory (per process), and refuses
 * once `limit` attempts fall within `windowMs`.
 */
export class RateLimiter {
  readonly #attempts = new Map<string, number[]>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records an attempt for `key` if the limit allows it. */
  attempt(key: string): RateDecision {
    const now = this.now();
    const recent = (this.#attempts.get(key) ?? []).filter((t) => now - t < this.windowMs);
    if (recent.length >= this.limit) {
      const oldest = recent[0] ?? now;
      this.#attempts.set(key, recent);
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((oldest + this.windowMs - now) / 1000)),
      };
    }
    recent.push(now);
    this.#attempts.set(key, recent);
    if (this.#attempts.size > 10_000) this.#sweep(now);
    return { allowed: true };
  }

  #sweep(now: number): void {
    for (const [key, times] of this.#attempts) {
      if (times.every((t) => now - t >= this.windowMs)) this.#attempts.delete(key);
    }
  }
}

/**
 * Seeded pseudo-random numbers for drawing lots. The generator is xoshiro128** whose 128-bit
 * state is filled by SplitMix32 from an FNV-1a hash of the seed text, so the same seed always
 * gives the same draws and a recount with the same seed breaks ties the same way.
 */

/** A deterministic source of random integers. */
export interface Prng {
  /** Next uniformly distributed integer in [0, 2^32). */
  nextUint32(): number;
  /** Uniformly distributed integer in [0, n), for 1 ≤ n ≤ 2^32. */
  below(n: number): number;
}

function hashSeed(seed: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    hash = Math.imul(hash ^ seed.charCodeAt(i), 0x01000193);
  }
  return hash >>> 0;
}

/** Creates a generator whose sequence depends only on `seed`. */
export function createPrng(seed: string): Prng {
  let mix = hashSeed(seed);
  const splitMix = (): number => {
    mix = (mix + 0x9e3779b9) | 0;
    let z = mix;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
  let s0 = splitMix();
  let s1 = splitMix();
  let s2 = splitMix();
  let s3 = splitMix();
  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  const below = (n: number): number => {
    // Rejection sampling keeps every outcome equally likely.
    const limit = 2 ** 32 - (2 ** 32 % n);
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % n;
    }
  };
  return { nextUint32, below };
}

function rotl(x: number, k: number): number {
  return (x << k) | (x >>> (32 - k));
}

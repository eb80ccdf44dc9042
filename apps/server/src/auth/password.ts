import argon2 from 'argon2';

/** argon2id parameters (OWASP 2024 minimum: 19 MiB memory, 2 iterations, 1 lane). */
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shortest password Caucus accepts. */
export const MIN_PASSWORD_LENGTH = 10;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

// A real hash to verify against when the account does not exist, so timing does not reveal it.
let decoyHash: Promise<string> | undefined;

/** Checks a password against a stored hash; with no hash, spends the same time and fails. */
export async function verifyPassword(hash: string | null, password: string): Promise<boolean> {
  if (hash === null) {
    decoyHash ??= hashPassword('caucus-decoy-password');
    await argon2.verify(await decoyHash, password);
    return false;
  }
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

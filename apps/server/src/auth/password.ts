import { hash, verify } from '@node-rs/argon2';

/**
 * argon2id parameters: OWASP's 2024 minimum of 19 MiB memory, 2 iterations, 1 lane.
 * `algorithm: 2` is Argon2id (the package's const enum cannot be imported under isolatedModules).
 */
const ARGON2_OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** Shortest password Caucus accepts. */
export const MIN_PASSWORD_LENGTH = 10;

/** Hashes a password with argon2id. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

// A real hash to verify against when the account does not exist, so timing does not reveal it.
let decoyHash: Promise<string> | undefined;

/** Checks a password against a stored hash; with no hash, spends the same time and fails. */
export async function verifyPassword(stored: string | null, password: string): Promise<boolean> {
  if (stored === null) {
    decoyHash ??= hashPassword('caucus-decoy-password');
    await verify(await decoyHash, password);
    return false;
  }
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

import { createHash, randomBytes } from 'node:crypto';

/** A new unguessable token (256 bits, base64url). */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 of a token, which is all the database stores. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

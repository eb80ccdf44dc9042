import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config';

/** Whether cookies must be Secure: when Caucus is reached over HTTPS. */
export function usesHttps(config: Pick<Config, 'publicUrl'>): boolean {
  return config.publicUrl.startsWith('https://');
}

/** The session cookie's name: `__Host-` prefixed (bound to this host, Secure, Path=/) over HTTPS. */
export function sessionCookieName(config: Pick<Config, 'publicUrl'>): string {
  return usesHttps(config) ? '__Host-caucus_session' : 'caucus_session';
}

/** Reads the session token from the request's cookie. */
export function readSessionCookie(c: Context, config: Pick<Config, 'publicUrl'>): string | undefined {
  return getCookie(c, sessionCookieName(config));
}

/** Sets the HTTP-only session cookie. */
export function writeSessionCookie(
  c: Context,
  config: Pick<Config, 'publicUrl'>,
  token: string,
  expires: Date,
): void {
  setCookie(c, sessionCookieName(config), token, {
    httpOnly: true,
    secure: usesHttps(config),
    sameSite: 'Lax',
    path: '/',
    expires,
  });
}

/** Removes the session cookie. */
export function clearSessionCookie(c: Context, config: Pick<Config, 'publicUrl'>): void {
  deleteCookie(c, sessionCookieName(config), { path: '/', secure: usesHttps(config) });
}

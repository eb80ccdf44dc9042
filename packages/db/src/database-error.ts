/** Raised when Caucus cannot reach or open its database; the message says what, where and how to fix it. */
export class DatabaseConnectionError extends Error {
  override readonly name = 'DatabaseConnectionError';

  constructor(
    /** Where Caucus tried to connect, with any password hidden. */
    readonly target: string,
    /** What went wrong, in one sentence. */
    readonly problem: string,
    /** What the operator can do about it. */
    readonly remedy: string,
    options?: ErrorOptions,
  ) {
    super(`Cannot connect to the database at ${target}: ${problem} ${remedy}`, options);
  }
}

/** Hides the password in a connection URL so it can be shown in messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

interface ErrorWithCode {
  code?: unknown;
  message?: unknown;
}

/** Turns a low-level connection failure from node-postgres into a DatabaseConnectionError. */
export function explainPostgresFailure(url: string, cause: unknown): DatabaseConnectionError {
  const target = redactUrl(url);
  const err = (typeof cause === 'object' && cause !== null ? cause : {}) as ErrorWithCode;
  const code = typeof err.code === 'string' ? err.code : '';
  const message = typeof err.message === 'string' ? err.message : String(cause);
  let host = '';
  let database = '';
  try {
    const parsed = new URL(url);
    host = `${parsed.hostname}:${parsed.port || '5432'}`;
    database = decodeURIComponent(parsed.pathname.replace(/^\//, ''));
  } catch {
    // Already reported as unparseable by redactUrl.
  }
  switch (code) {
    case 'ECONNREFUSED':
      return new DatabaseConnectionError(
        target,
        `nothing is listening on ${host} (connection refused).`,
        'Start PostgreSQL, or correct the host and port in DATABASE_URL; unset DATABASE_URL to use the embedded database.',
        { cause },
      );
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DatabaseConnectionError(
        target,
        `the host name in ${host} could not be resolved.`,
        'Check the host in DATABASE_URL.',
        { cause },
      );
    case 'ETIMEDOUT':
      return new DatabaseConnectionError(
        target,
        `no answer from ${host} in time.`,
        'Check that the server is up and that a firewall is not blocking the port.',
        { cause },
      );
    case '3D000':
      return new DatabaseConnectionError(
        target,
        `database "${database}" does not exist.`,
        `Create it (for example \`createdb ${database}\`) or name an existing database in DATABASE_URL.`,
        { cause },
      );
    case '28P01':
    case '28000':
      return new DatabaseConnectionError(
        target,
        `the server refused the credentials (${message}).`,
        'Check the user name and password in DATABASE_URL and the server’s pg_hba.conf.',
        { cause },
      );
    default:
      return new DatabaseConnectionError(
        target,
        `${message}${code ? ` (${code})` : ''}.`,
        'Check DATABASE_URL and that the server accepts connections.',
        { cause },
      );
  }
}

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { findRootDir } from './find-root-dir';

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value);

/** Environment variables Caucus reads, with their defaults. */
const envSchema = z.object({
  PORT: z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ error: 'must be a whole number' })
      .int('must be a whole number')
      .min(0, 'must be 0 (any free port) or more')
      .max(65535, 'must be at most 65535')
      .default(3000),
  ),
  HOST: z.preprocess(emptyAsUndefined, z.string().min(1).default('127.0.0.1')),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
      .optional(),
  ),
  CAUCUS_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('.caucus')),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  ),
  NODE_ENV: z.preprocess(
    emptyAsUndefined,
    z.enum(['development', 'production', 'test']).default('development'),
  ),
  PUBLIC_URL: z.preprocess(
    emptyAsUndefined,
    z
      .url({
        protocol: /^https?$/,
        error: 'must be an http:// or https:// URL, e.g. https://caucus.example.org',
      })
      .optional(),
  ),
  SMTP_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^smtps?:\/\//, 'must look like smtp://user:password@host:587 or smtps://…:465')
      .optional(),
  ),
  MAIL_FROM: z.preprocess(emptyAsUndefined, z.string().min(3).default('Caucus <caucus@localhost>')),
  SESSION_DAYS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(365).default(30)),
  SIGN_IN_MAX_FAILURES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(5)),
  SIGN_IN_LOCK_MINUTES: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(1440).default(15)),
  CAUCUS_VALIDATE_RESPONSES: z.preprocess(emptyAsUndefined, z.enum(['yes', 'no']).optional()),
});

/** Validated server configuration. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  environment: z.infer<typeof envSchema>['NODE_ENV'];
  /** Root of the Caucus checkout (holds data/ and apps/web/dist). */
  rootDir: string;
  version: string;
  /** Address people use to reach Caucus, for links in emails; defaults to http://localhost:PORT. */
  publicUrl: string;
  /** SMTP server for sign-in links; without it, links are logged in development and refused in production. */
  smtpUrl: string | undefined;
  mailFrom: string;
  sessionDays: number;
  /** Consecutive wrong passwords before an account is locked. */
  signInMaxFailures: number;
  signInLockMinutes: number;
  /** Check every JSON response against its declared schema (on outside production unless set to no). */
  validateResponses: boolean;
}

/** One or more environment variables are invalid; the message lists each with how to fix it. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Reads and validates configuration from environment variables. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        return `${name}: ${issue.message} (got ${JSON.stringify(env[name])})`;
      }),
    );
  }
  const rootDir = findRootDir();
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    databaseUrl: parsed.data.DATABASE_URL,
    dataDir: resolve(parsed.data.CAUCUS_DATA_DIR),
    logLevel: parsed.data.LOG_LEVEL,
    environment: parsed.data.NODE_ENV,
    rootDir,
    version: readVersion(rootDir),
    publicUrl: (parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`).replace(/\/$/, ''),
    smtpUrl: parsed.data.SMTP_URL,
    mailFrom: parsed.data.MAIL_FROM,
    sessionDays: parsed.data.SESSION_DAYS,
    signInMaxFailures: parsed.data.SIGN_IN_MAX_FAILURES,
    signInLockMinutes: parsed.data.SIGN_IN_LOCK_MINUTES,
    validateResponses:
      parsed.data.CAUCUS_VALIDATE_RESPONSES === undefined
        ? parsed.data.NODE_ENV !== 'production'
        : parsed.data.CAUCUS_VALIDATE_RESPONSES === 'yes',
  };
}

function readVersion(rootDir: string): string {
  try {
    const pkg = JSON.parse(readFileSync(join(rootDir, 'package.json'), 'utf8')) as { version?: unknown };
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0';
  } catch {
    return '0.0.0';
  }
}

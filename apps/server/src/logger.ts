import pino, { type Logger } from 'pino';
import type { Config } from './config';

/** Creates the structured JSON logger for the server. */
export function createLogger(config: Pick<Config, 'logLevel'>): Logger {
  return pino({
    level: config.logLevel,
    base: { service: 'caucus' },
    redact: { paths: ['req.headers.cookie', 'req.headers.authorization', '*.password'], censor: '[hidden]' },
  });
}

export type { Logger };

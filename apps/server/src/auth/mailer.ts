import nodemailer from 'nodemailer';
import type { Config } from '../config';
import type { Logger } from '../logger';

/** An email to send. */
export interface Email {
  to: string;
  subject: string;
  text: string;
}

/** Sends email; `deliversToLog` is true when messages go to the server log instead (development). */
export interface Mailer {
  readonly available: boolean;
  readonly deliversToLog: boolean;
  send(email: Email): Promise<void>;
}

/**
 * SMTP when SMTP_URL is set; otherwise, outside production, messages are written to the log
 * so a developer can follow sign-in links; in production without SMTP, email is unavailable.
 */
export function createMailer(
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'environment'>,
  logger: Logger,
): Mailer {
  if (config.smtpUrl) {
    const transport = nodemailer.createTransport(config.smtpUrl);
    return {
      available: true,
      deliversToLog: false,
      send: async (email) => {
        await transport.sendMail({ from: config.mailFrom, ...email });
      },
    };
  }
  if (config.environment !== 'production') {
    return {
      available: true,
      deliversToLog: true,
      send: async (email) => {
        logger.warn(
          { to: email.to, subject: email.subject, text: email.text },
          'email not sent (no SMTP_URL): logged instead',
        );
      },
    };
  }
  return {
    available: false,
    deliversToLog: false,
    send: async () => {
      throw new Error('Email is not configured: set SMTP_URL.');
    },
  };
}

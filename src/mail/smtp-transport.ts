import { createTransport, type Transporter } from 'nodemailer';
import type { OutboxMail } from './outbox-mail.entity';

/*
 * Timeouts well below the sender's ten-minute claim on a mail (nodemailer's socket timeout
 * is ten minutes by default), so an attempt always ends before its claim does.
 */
const TIMEOUTS = { connectionTimeout: 30_000, greetingTimeout: 30_000, socketTimeout: 60_000 };

export type SmtpTransport = Transporter;

/** The url holds host, port, TLS and login: smtp://host:587 or smtps://user:password@host:465. */
export function createSmtpTransport(url: string): SmtpTransport {
  return createTransport({ url, ...TIMEOUTS });
}

export async function sendOutboxMail(transport: SmtpTransport, from: string, mail: OutboxMail): Promise<void> {
  await transport.sendMail({
    from,
    to: mail.toName ? { name: mail.toName, address: mail.toAddress } : mail.toAddress,
    subject: mail.subject,
    text: mail.textBody,
    html: mail.htmlBody,
    // Tells mail servers and autoresponders that a program sent this (RFC 3834), so no
    // out-of-office reply comes back to it.
    headers: { 'Auto-Submitted': 'auto-generated' },
  });
}

export interface SmtpProblem {
  /** The server refused this very mail (5xx on the recipient or the content): trying again will not help. */
  permanent: boolean;
  /** Short, for the outbox: what the server said, or what went wrong on the way to it. */
  message: string;
  /** For the log: the SMTP reply code, or nodemailer's error code ("ECONNECTION"). */
  code: string;
}

const MAX_MESSAGE = 300;

export function describeSmtpError(error: unknown): SmtpProblem {
  const { code, responseCode, response, message } = (error ?? {}) as {
    code?: string;
    responseCode?: number;
    response?: string;
    message?: string;
  };
  // A login refused with 535 is a setting to fix, not a bad mail, so only these two count.
  const refusedMail = code === 'EENVELOPE' || code === 'EMESSAGE';
  const text = response ?? `${code ? `${code}: ` : ''}${message ?? String(error)}`;
  return {
    permanent: refusedMail && responseCode !== undefined && responseCode >= 500,
    message: text.replace(/\s+/g, ' ').trim().slice(0, MAX_MESSAGE),
    code: String(responseCode ?? code ?? 'unknown'),
  };
}

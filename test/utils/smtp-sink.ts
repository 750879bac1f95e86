import { SMTPServer } from 'smtp-server';

/** A mail as the sink received it, decoded enough to read what a person would read. */
export interface ReceivedMail {
  /** The addresses of the SMTP envelope (RCPT TO). */
  recipients: string[];
  /** Header values by lower-case name, unfolded and decoded. */
  headers: Record<string, string>;
  to: string;
  subject: string;
  /** The text/plain part, decoded, with \n line ends. */
  text: string;
  html: string;
}

export interface SmtpSink {
  /** smtp://127.0.0.1:<port>, for SMTP_URL. */
  url: string;
  /** Accepted mails, in the order they arrived. */
  messages: ReceivedMail[];
  /** Refuses the next `count` mails after their DATA, with `code` (4xx: try again later, 5xx: give up). */
  rejectNext(count: number, code?: number): void;
  /** How many mails were refused so far. */
  rejected(): number;
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

/**
 * A real SMTP server in the test process, on 127.0.0.1 and a free port: no TLS, no login.
 * It parses just enough MIME for tests to assert on the subject and the text.
 */
export async function startSmtpSink(): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  const waiters: (() => void)[] = [];
  let toReject = 0;
  let rejectCode = 451;
  let rejectedCount = 0;

  const server = new SMTPServer({
    secure: false,
    disabledCommands: ['STARTTLS'],
    authOptional: true,
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        if (toReject > 0) {
          toReject--;
          rejectedCount++;
          const error = new Error(rejectCode < 500 ? 'Probeer het later opnieuw' : 'Bericht geweigerd') as Error & { responseCode: number };
          error.responseCode = rejectCode;
          callback(error);
          return;
        }
        const recipients = session.envelope.rcptTo.map((rcpt) => rcpt.address);
        messages.push(parseMail(recipients, Buffer.concat(chunks).toString('latin1')));
        for (const wake of waiters.splice(0)) wake();
        callback();
      });
    },
  });

  await new Promise<void>((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.server.address() as { port: number };

  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    rejectNext(count, code = 451) {
      toReject = count;
      rejectCode = code;
    },
    rejected: () => rejectedCount,
    waitFor(count, timeoutMs = 5000) {
      return new Promise((resolve, reject) => {
        const deadline = setTimeout(
          () => reject(new Error(`Expected ${count} mail(s) within ${timeoutMs} ms, got ${messages.length}`)),
          timeoutMs,
        );
        const check = () => {
          if (messages.length >= count) {
            clearTimeout(deadline);
            resolve(messages);
          } else {
            waiters.push(check);
          }
        };
        check();
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Part {
  headers: Record<string, string>;
  /** The body as raw bytes in a latin1 string. */
  body: string;
}

function parseMail(recipients: string[], raw: string): ReceivedMail {
  const message = parsePart(raw);
  const leaves = flatten(message);
  const bodyOf = (type: string) => {
    const part = leaves.find((leaf) => mediaType(leaf.headers) === type);
    return part ? decodeBody(part) : '';
  };
  return {
    recipients,
    headers: message.headers,
    to: message.headers['to'] ?? '',
    subject: message.headers['subject'] ?? '',
    text: bodyOf('text/plain'),
    html: bodyOf('text/html'),
  };
}

function parsePart(raw: string): Part {
  const split = /\r?\n\r?\n/.exec(raw);
  const head = split ? raw.slice(0, split.index) : raw;
  const body = split ? raw.slice(split.index + split[0].length) : '';
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = decodeHeader(line.slice(colon + 1).trim());
  }
  return { headers, body };
}

/** The single-part leaves of a (possibly nested) multipart message. */
function flatten(part: Part): Part[] {
  const boundary = /boundary="?([^";]+)"?/i.exec(part.headers['content-type'] ?? '')?.[1];
  if (!mediaType(part.headers).startsWith('multipart/') || !boundary) return [part];
  const sections = part.body.split(`--${boundary}`).slice(1);
  return sections
    .filter((section) => !section.startsWith('--'))
    // The line break before a boundary belongs to the boundary (RFC 2046), not to the part.
    .map((section) => parsePart(section.replace(/^\r?\n/, '').replace(/\r?\n$/, '')))
    .flatMap(flatten);
}

function mediaType(headers: Record<string, string>): string {
  return (headers['content-type'] ?? 'text/plain').split(';')[0].trim().toLowerCase();
}

function decodeBody(part: Part): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const bytes =
    encoding === 'base64'
      ? Buffer.from(part.body.replace(/\s+/g, ''), 'base64')
      : encoding === 'quoted-printable'
        ? quotedPrintableBytes(part.body)
        : Buffer.from(part.body, 'latin1');
  return bytes.toString('utf8').replace(/\r\n/g, '\n');
}

function quotedPrintableBytes(text: string): Buffer {
  const unwrapped = text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unwrapped.length; i++) {
    const hex = unwrapped[i] === '=' ? unwrapped.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(unwrapped.charCodeAt(i));
    }
  }
  return Buffer.from(bytes);
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= and =?UTF-8?B?…?=); whitespace between two of them is dropped. */
function decodeHeader(value: string): string {
  const utf8 = Buffer.from(value, 'latin1').toString('utf8');
  return utf8
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_whole, _charset: string, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : quotedPrintableBytes(text.replace(/_/g, ' ')).toString('utf8'),
    );
}

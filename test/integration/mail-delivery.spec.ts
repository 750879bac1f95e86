import * as fs from 'node:fs';
import { DataSource } from 'typeorm';
import { Transactions } from '../../src/database/transactions';
import { MailSender } from '../../src/mail/mail-sender';
import { MailService } from '../../src/mail/mail.service';
import type { MailMessage } from '../../src/mail/mail-message';
import { OutboxMail } from '../../src/mail/outbox-mail.entity';
import { SmtpSink, startSmtpSink } from '../utils/smtp-sink';
import { startTestApp, TestApp } from '../utils/test-app';

const BASE_URL = 'https://casus.example.nl';
const MINUTE = 60_000;

function passwordReset(overrides: Partial<MailMessage> = {}): MailMessage {
  return {
    to: { address: 'anna.devries@gemeente-utrecht.nl', name: 'Anna de Vries' },
    lang: 'nl',
    template: 'password-reset',
    model: { name: 'Anna de Vries', link: `${BASE_URL}/wachtwoord-instellen/abc123`, expiresAt: new Date('2030-10-04T11:00:00Z') },
    ...overrides,
  };
}

/** The lines a person reads; the line break that ends the last one is no line of its own. */
function lines(text: string): string[] {
  return text.replace(/\n$/, '').split('\n');
}

function outbox(dataSource: DataSource): Promise<OutboxMail[]> {
  return dataSource.getRepository(OutboxMail).find({ order: { id: 'ASC' } });
}

describe('mail through a real SMTP server', () => {
  let sink: SmtpSink;
  let t: TestApp;
  let mail: MailService;
  let sender: MailSender;

  beforeEach(async () => {
    sink = await startSmtpSink();
    t = await startTestApp({ SMTP_URL: sink.url, BASE_URL, MAIL_FROM: 'Casusportaal <noreply@casus.example.nl>' });
    mail = t.app.get(MailService);
    sender = t.app.get(MailSender);
  });

  afterEach(async () => {
    await t.close();
    await sink.close();
  });

  it('delivers a queued mail in Dutch at once, with the link on the portal address', async () => {
    await mail.queue(passwordReset());

    const [received] = await sink.waitFor(1);
    expect(received.recipients).toEqual(['anna.devries@gemeente-utrecht.nl']);
    expect(received.to).toEqual('Anna de Vries <anna.devries@gemeente-utrecht.nl>');
    expect(received.headers['from']).toEqual('Casusportaal <noreply@casus.example.nl>');
    expect(received.subject).toEqual('Nieuw wachtwoord instellen');
    expect(lines(received.text)).toEqual([
      'Beste Anna de Vries,',
      '',
      'Je hebt gevraagd om een nieuw wachtwoord voor het Casusportaal. Met deze link stel je een nieuw wachtwoord in:',
      'https://casus.example.nl/wachtwoord-instellen/abc123',
      '',
      'De link werkt tot vrijdag 4 oktober 2030, 13.00 uur. Je kunt hem maar één keer gebruiken.',
      '',
      'Heb je dit niet zelf gevraagd? Dan hoef je niets te doen. Je wachtwoord blijft dan hetzelfde.',
      '',
      '---',
      'Deze e-mail komt van het Casusportaal van het leeratelier burgerparticipatie.',
      'https://casus.example.nl/',
      'Heb je een vraag? Neem dan contact op met de organisator van je leeratelier.',
    ]);
    expect(received.html).toContain('<html lang="nl">');
    expect(received.html).toContain('<a href="https://casus.example.nl/wachtwoord-instellen/abc123">Nieuw wachtwoord instellen</a>');

    await sender.whenIdle();
    const [stored] = await outbox(t.dataSource);
    expect([stored.status, stored.attempts, stored.lastError, stored.sentAt instanceof Date]).toEqual(['sent', 1, null, true]);
  });

  it('delivers in English when that is the recipient’s language, once the transaction commits', async () => {
    await t.app.get(Transactions).write((manager) =>
      mail.queue(passwordReset({ lang: 'en', to: { address: 'sam@example.org' } }), manager),
    );

    const [received] = await sink.waitFor(1);
    expect(received.to).toEqual('sam@example.org');
    expect(received.subject).toEqual('Set a new password');
    expect(lines(received.text)).toEqual([
      'Dear Anna de Vries,',
      '',
      'You asked for a new password for the Casusportaal. Use this link to set a new password:',
      'https://casus.example.nl/wachtwoord-instellen/abc123',
      '',
      'The link works until Friday 4 October 2030, 13:00. You can use it only once.',
      '',
      'Did you not ask for this? Then you do not need to do anything. Your password stays the same.',
      '',
      '---',
      'This e-mail comes from the Casusportaal of the learning workshop on citizen participation.',
      'https://casus.example.nl/',
      'Do you have a question? Please contact the organiser of your workshop.',
    ]);
    expect(received.html).toContain('<a href="https://casus.example.nl/wachtwoord-instellen/abc123">Set a new password</a>');
  });

  it('escapes names in the HTML version but not in the text version', async () => {
    await mail.queue(passwordReset({ model: { ...passwordReset().model, name: 'Kees & <Anne>' } }));
    const [received] = await sink.waitFor(1);
    expect(lines(received.text)[0]).toEqual('Beste Kees & <Anne>,');
    expect(received.html).toContain('<p>Beste Kees &amp; &lt;Anne&gt;,</p>');
  });

  it('tries a refused delivery again later, and it arrives once', async () => {
    sink.rejectNext(1, 451);
    const before = Date.now();
    await mail.queue(passwordReset());
    await sender.whenIdle();

    expect(sink.rejected()).toBe(1);
    expect(sink.messages).toEqual([]);
    const [waiting] = await outbox(t.dataSource);
    expect([waiting.status, waiting.attempts, waiting.lastError]).toEqual(['queued', 1, '451 Probeer het later opnieuw']);
    const wait = waiting.nextAttemptAt.getTime() - before;
    expect(wait).toBeGreaterThanOrEqual(MINUTE - 1000);
    expect(wait).toBeLessThan(MINUTE + 5000);

    expect((await sender.deliverDue(new Date(before + 30_000))).sent).toBe(0);
    expect((await sender.deliverDue(new Date(before + 2 * MINUTE))).sent).toBe(1);
    expect((await sender.deliverDue(new Date(before + 60 * MINUTE))).sent).toBe(0);

    expect(sink.messages.map((m) => m.subject)).toEqual(['Nieuw wachtwoord instellen']);
    const [sent] = await outbox(t.dataSource);
    expect([sent.status, sent.attempts, sent.lastError]).toEqual(['sent', 2, null]);
  });

  it('gives up at once when the server refuses the mail for good', async () => {
    sink.rejectNext(1, 550);
    await mail.queue(passwordReset());
    await sender.whenIdle();

    const [stored] = await outbox(t.dataSource);
    expect([stored.status, stored.attempts, stored.lastError]).toEqual(['failed', 1, '550 Bericht geweigerd']);
    expect((await sender.deliverDue(new Date(Date.now() + 24 * 60 * MINUTE))).sent).toBe(0);
    expect(sink.rejected()).toBe(1);
  });

  it('gives up after six attempts spread over hours', async () => {
    sink.rejectNext(100, 421);
    await mail.queue(passwordReset());
    await sender.whenIdle();
    let now = Date.now();
    for (const minutes of [1, 5, 30, 120, 360]) {
      now += minutes * MINUTE + 1000;
      await sender.deliverDue(new Date(now));
    }
    const [stored] = await outbox(t.dataSource);
    expect([stored.status, stored.attempts]).toEqual(['failed', 6]);
    expect(sink.rejected()).toBe(6);
  });

  it('queues a mail with a dedupe key only once, without spoiling the caller’s transaction', async () => {
    const key = 'wachtwoord:42:2030-10-04';
    await mail.queue(passwordReset({ dedupeKey: key }));
    await t.app.get(Transactions).write(async (manager) => {
      await mail.queue(passwordReset({ dedupeKey: key }), manager);
      await mail.queue(passwordReset({ to: { address: 'piet@example.org' } }), manager);
    });
    await sender.whenIdle();
    await sender.deliverDue(new Date(Date.now() + MINUTE));

    expect((await outbox(t.dataSource)).map((m) => [m.toAddress, m.dedupeKey])).toEqual([
      ['anna.devries@gemeente-utrecht.nl', key],
      ['piet@example.org', null],
    ]);
    expect(sink.messages.map((m) => m.recipients[0]).sort()).toEqual(['anna.devries@gemeente-utrecht.nl', 'piet@example.org']);
  });

  it('sends a mail once when two app instances deliver at the same moment', async () => {
    sink.rejectNext(1);
    await mail.queue(passwordReset());
    await sender.whenIdle();
    const database = t.config.database.type === 'sqlite' ? t.config.database.path : '';
    const other = await startTestApp({ SMTP_URL: sink.url, BASE_URL, DATABASE_URL: database });
    try {
      const due = new Date(Date.now() + 2 * MINUTE);
      const reports = await Promise.all([sender.deliverDue(due), other.app.get(MailSender).deliverDue(due), sender.deliverDue(due)]);
      expect(reports.map((r) => r.sent).reduce((a, b) => a + b)).toBe(1);
      expect(sink.messages).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('neither loses nor doubles a mail when the portal stops and starts again', async () => {
    await mail.queue(passwordReset());
    const database = t.config.database.type === 'sqlite' ? t.config.database.path : '';
    // Depending on how far the sender got, the mail went out before the stop or waits for the next start.
    await t.app.close();

    const restarted = await startTestApp({ SMTP_URL: sink.url, BASE_URL, DATABASE_URL: database });
    const first = t;
    t = { ...restarted, close: () => restarted.close().then(() => fs.rmSync(first.dir, { recursive: true, force: true })) };
    await sink.waitFor(1);
    await restarted.app.get(MailSender).whenIdle();
    expect((await outbox(restarted.dataSource)).map((m) => m.status)).toEqual(['sent']);
    expect(sink.messages).toHaveLength(1);
  });

  it('neither keeps nor sends a mail queued in a transaction that rolls back', async () => {
    const failing = t.app.get(Transactions).write(async (manager) => {
      await mail.queue(passwordReset(), manager);
      throw new Error('afgebroken');
    });
    await expect(failing).rejects.toThrow('afgebroken');
    await sender.whenIdle();
    await sender.deliverDue(new Date(Date.now() + 60 * MINUTE));

    expect(await outbox(t.dataSource)).toEqual([]);
    expect(sink.messages).toEqual([]);
  });
});

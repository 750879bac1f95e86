import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { MailRepository } from './mail.repository';
import { nextAttemptAfter } from './retry-schedule';
import { createSmtpTransport, describeSmtpError, sendOutboxMail, type SmtpTransport } from './smtp-transport';

const RUN_EVERY_MS = 10_000;
const CLAIM_MS = 10 * 60_000;
const BATCH_SIZE = 20;

/*
 * A mail still 'sending' when its claim runs out was being sent when its process stopped.
 * The SMTP server may or may not have taken it, and we cannot ask. We mark it failed rather
 * than send it again: a person who gets no mail can ask again (and coordinators see it in
 * the outbox), while a second invitation or password link a day later confuses people and
 * cannot be taken back. At most once, then, at the price of a rare lost mail.
 */
const INTERRUPTED = 'onderbroken';

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  interrupted: number;
}

type Outcome = 'sent' | 'retrying' | 'failed';

/**
 * Delivers queued mails over SMTP: every 10 seconds, and at once when the service queues one.
 * Several app instances can run it side by side: each mail is claimed by one of them first.
 * Logs name mails by id only; addresses and bodies stay in the database.
 */
@Injectable()
export class MailSender implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: SmtpTransport | null;
  private readonly from: string;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private runAgain = false;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly mails: MailRepository,
    private readonly transactions: Transactions,
  ) {
    this.transport = config.smtpUrl ? createSmtpTransport(config.smtpUrl) : null;
    this.from = config.mailFrom;
  }

  /** Without an SMTP server mails are kept in the outbox instead. */
  get enabled(): boolean {
    return this.transport !== null;
  }

  onApplicationBootstrap(): void {
    if (!this.enabled) return;
    this.timer = setInterval(() => this.nudge(), RUN_EVERY_MS);
    this.timer.unref();
    // Mails queued before a restart need not wait for the first tick.
    this.nudge();
  }

  /**
   * Before, not on, shutdown: TypeORM closes the database in its own onApplicationShutdown,
   * and the mail being sent must still be marked sent. So a normal stop never leaves one 'sending'.
   */
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.whenIdle();
    this.transport?.close();
  }

  /** Starts a run now, or right after the one in progress. */
  nudge(): void {
    if (!this.enabled || this.stopped) return;
    if (this.running) {
      this.runAgain = true;
      return;
    }
    this.running = this.runWhileNudged().finally(() => (this.running = null));
  }

  /** Resolves when no run started by nudge() or the timer is in progress. */
  whenIdle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** One pass over the mails that are due at `now`. Safe to call concurrently, also from other instances. */
  async deliverDue(now: Date = new Date()): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, interrupted: 0 };
    if (!this.transport) return report;
    report.interrupted = await this.write((m) => this.mails.failInterrupted(m, now, INTERRUPTED));
    if (report.interrupted > 0) this.logger.warn(`${report.interrupted} mail(s) were interrupted while being sent; marked failed`);
    for (;;) {
      const ids = await this.mails.findDueIds(now, BATCH_SIZE);
      let claimed = 0;
      for (const id of ids) {
        if (this.stopped) return report;
        const outcome = await this.deliverOne(this.transport, id, now);
        if (!outcome) continue;
        report[outcome]++;
        claimed++;
      }
      // A short batch was the last; a batch that others claimed entirely is theirs to finish.
      if (ids.length < BATCH_SIZE || claimed === 0) return report;
    }
  }

  private async runWhileNudged(): Promise<void> {
    do {
      this.runAgain = false;
      try {
        await this.deliverDue(new Date());
      } catch (error) {
        // The database was unavailable or busy: the next tick tries again.
        this.logger.error(`Mail delivery run stopped: ${error instanceof Error ? error.message : String(error)}`);
      }
    } while (this.runAgain && !this.stopped);
  }

  private async deliverOne(transport: SmtpTransport, id: number, now: Date): Promise<Outcome | null> {
    if (!(await this.write((m) => this.mails.claim(m, id, new Date(now.getTime() + CLAIM_MS))))) return null;
    const mail = await this.mails.findById(id);
    if (!mail) return null;
    const attempts = mail.attempts + 1;
    try {
      await sendOutboxMail(transport, this.from, mail);
    } catch (error) {
      const problem = describeSmtpError(error);
      const retryAt = problem.permanent ? null : nextAttemptAfter(attempts, now);
      // The server's words may quote the address, so the log gets the code only.
      this.logger.warn(`Mail ${id} (${mail.template}) not delivered on attempt ${attempts}: ${problem.code}`);
      if (retryAt) {
        await this.write((m) => this.mails.scheduleRetry(m, id, attempts, retryAt, problem.message));
        return 'retrying';
      }
      await this.write((m) => this.mails.markFailed(m, id, attempts, problem.message));
      return 'failed';
    }
    await this.write((m) => this.mails.markSent(m, id, attempts, now));
    return 'sent';
  }

  /*
   * Each change of a mail's state is its own short transaction, taken in turn with the
   * portal's other writes. On SQLite, where all queries share one connection, a bare UPDATE
   * would otherwise become part of whatever transaction happens to be open, and be undone
   * with it: a claim undone that way could send a mail twice.
   */
  private write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.transactions.write(work);
  }
}

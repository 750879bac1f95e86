import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, LessThanOrEqual, Repository } from 'typeorm';
import { OutboxMail } from './outbox-mail.entity';

export type NewOutboxMail = Pick<
  OutboxMail,
  'toAddress' | 'toName' | 'lang' | 'subject' | 'textBody' | 'htmlBody' | 'template' | 'status' | 'nextAttemptAt' | 'dedupeKey'
>;

/** What the outbox list shows: everything but the bodies. */
export type OutboxListRow = Omit<OutboxMail, 'textBody' | 'htmlBody'>;

const LIST_COLUMNS: (keyof OutboxListRow)[] = [
  'id', 'toAddress', 'toName', 'lang', 'subject', 'template', 'status',
  'attempts', 'nextAttemptAt', 'lastError', 'dedupeKey', 'createdAt', 'sentAt',
];

/** Reads use the repository; every change runs in the EntityManager of a transaction the caller holds. */
@Injectable()
export class MailRepository {
  constructor(@InjectRepository(OutboxMail) private readonly mails: Repository<OutboxMail>) {}

  /**
   * A mail whose dedupe key is taken already is skipped (INSERT OR IGNORE, ON CONFLICT DO
   * NOTHING) rather than refused: on PostgreSQL a refused insert would abort the whole
   * transaction of the caller.
   */
  async insert(manager: EntityManager, mail: NewOutboxMail): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(OutboxMail)
      .values(mail)
      .orIgnore(mail.dedupeKey !== null)
      .updateEntity(false)
      .execute();
  }

  findById(id: number): Promise<OutboxMail | null> {
    return this.mails.findOne({ where: { id } });
  }

  /** Newest first. Returns one page of rows and the total count. */
  listForOutbox(page: number, pageSize: number): Promise<[OutboxListRow[], number]> {
    return this.mails.findAndCount({
      select: LIST_COLUMNS,
      order: { createdAt: 'DESC', id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  async findDueIds(now: Date, limit: number): Promise<number[]> {
    const rows = await this.mails.find({
      select: { id: true },
      where: { status: 'queued', nextAttemptAt: LessThanOrEqual(now) },
      order: { nextAttemptAt: 'ASC', id: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /**
   * Takes a queued mail for one sender, until `claimUntil`. The status check in the UPDATE
   * makes this atomic: of two senders (or two app instances) only one gets the row.
   */
  async claim(manager: EntityManager, id: number, claimUntil: Date): Promise<boolean> {
    const result = await manager.update(OutboxMail, { id, status: 'queued' }, { status: 'sending', nextAttemptAt: claimUntil });
    return result.affected === 1;
  }

  /** By id alone: a mail that was given up as interrupted but did go out is sent all the same. */
  async markSent(manager: EntityManager, id: number, attempts: number, sentAt: Date): Promise<void> {
    await manager.update(OutboxMail, { id }, { status: 'sent', attempts, sentAt, lastError: null });
  }

  async scheduleRetry(manager: EntityManager, id: number, attempts: number, nextAttemptAt: Date, lastError: string): Promise<void> {
    await manager.update(OutboxMail, { id, status: 'sending' }, { status: 'queued', attempts, nextAttemptAt, lastError });
  }

  async markFailed(manager: EntityManager, id: number, attempts: number, lastError: string): Promise<void> {
    await manager.update(OutboxMail, { id, status: 'sending' }, { status: 'failed', attempts, lastError });
  }

  /** Mails whose claim ran out while still 'sending': their sender stopped mid-send. */
  async failInterrupted(manager: EntityManager, now: Date, lastError: string): Promise<number> {
    const result = await manager.update(
      OutboxMail,
      { status: 'sending', nextAttemptAt: LessThanOrEqual(now) },
      { status: 'failed', lastError },
    );
    return result.affected ?? 0;
  }
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { Language } from '../config/app-config';

/**
 * queued: waits for the sender; sending: claimed by one sender; sent: the SMTP server took it;
 * failed: given up (the server refused it for good, too many attempts, or a send was interrupted);
 * kept: no SMTP server is configured, so the mail stays here for coordinators to read.
 */
export type OutboxStatus = 'queued' | 'sending' | 'sent' | 'failed' | 'kept';
export const OUTBOX_STATUSES: readonly OutboxStatus[] = ['queued', 'sending', 'sent', 'failed', 'kept'];

/** One outgoing mail, rendered when it was queued, so that what was sent is what is shown. */
@Entity('mail_outbox')
@Index('IDX_mail_outbox_status_next', ['status', 'nextAttemptAt'])
export class OutboxMail {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 320 })
  toAddress: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  toName: string | null;

  @Column({ type: 'varchar', length: 2 })
  lang: Language;

  @Column({ type: 'varchar', length: 300 })
  subject: string;

  @Column({ type: 'text' })
  textBody: string;

  @Column({ type: 'text' })
  htmlBody: string;

  /** The name of the template pair in views/mail, e.g. "password-reset". */
  @Column({ type: 'varchar', length: 60 })
  template: string;

  @Column({ type: 'varchar', length: 10 })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /**
   * For a queued mail: not before this time. For a mail being sent: the end of the sender's
   * claim; a mail still 'sending' after it was interrupted (see MailSender).
   */
  @Column()
  nextAttemptAt: Date;

  /** What the SMTP server or the connection said, shortened; never the mail itself. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  lastError: string | null;

  /** Set by callers that may run twice (a retried job): a second mail with the same key is dropped. */
  @Column({ type: 'varchar', length: 200, nullable: true, unique: true })
  dedupeKey: string | null;

  @CreateDateColumn()
  createdAt: Date;

  // `type: Date` lets each driver pick its own date column type, as for the columns above.
  @Column({ type: Date, nullable: true })
  sentAt: Date | null;
}

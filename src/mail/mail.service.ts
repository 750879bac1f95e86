import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { NotFoundError } from '../common/errors/domain-errors';
import { Transactions } from '../database/transactions';
import { AfterCommit } from './after-commit';
import type { MailMessage } from './mail-message';
import { MailRenderer } from './mail-renderer';
import { MailSender } from './mail-sender';
import { MailRepository, NewOutboxMail } from './mail.repository';
import { OutboxMailView, OutboxPage, textParagraphs, toOutboxItem } from './outbox-view';

export const OUTBOX_PAGE_SIZE = 25;

/**
 * All outgoing mail goes through here. A mail is rendered and stored first (the outbox) and
 * sent afterwards by MailSender, so it exists exactly when the change that caused it does.
 */
@Injectable()
export class MailService {
  constructor(
    private readonly renderer: MailRenderer,
    private readonly mails: MailRepository,
    private readonly sender: MailSender,
    private readonly afterCommit: AfterCommit,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Renders the mail in the recipient's language and stores it. Pass the EntityManager of your
   * transaction to queue inside it: the mail is then sent only if that transaction commits.
   * With a dedupeKey that was used before, nothing happens. A missing template, or a value the
   * template needs that the model lacks, throws, and so undoes the caller's transaction too.
   */
  async queue(message: MailMessage, manager?: EntityManager): Promise<void> {
    const rendered = await this.renderer.render(message.template, message.lang, message.model);
    const mail: NewOutboxMail = {
      toAddress: message.to.address,
      toName: message.to.name ?? null,
      lang: message.lang,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      template: message.template,
      status: this.sender.enabled ? 'queued' : 'kept',
      nextAttemptAt: new Date(),
      dedupeKey: message.dedupeKey ?? null,
    };
    if (manager) await this.mails.insert(manager, mail);
    else await this.transactions.write((m) => this.mails.insert(m, mail));
    if (this.sender.enabled) this.afterCommit.run(manager, () => this.sender.nudge());
  }

  /**
   * One page of the outbox, newest first. Only for coordinators: the caller checks that.
   * @throws NotFoundError for a page past the last.
   */
  async outboxPage(page: number = 1): Promise<OutboxPage> {
    const current = Number.isSafeInteger(page) && page >= 1 ? page : 1;
    const [rows, total] = await this.mails.listForOutbox(current, OUTBOX_PAGE_SIZE);
    const pageCount = Math.max(1, Math.ceil(total / OUTBOX_PAGE_SIZE));
    if (current > pageCount) throw new NotFoundError();
    return {
      smtpConfigured: this.sender.enabled,
      mails: rows.map(toOutboxItem),
      page: current,
      pageCount,
      previousPage: current > 1 ? current - 1 : null,
      nextPage: current < pageCount ? current + 1 : null,
    };
  }

  /** One mail with its text. Only for coordinators: the caller checks that. */
  async outboxMail(id: number): Promise<OutboxMailView> {
    const mail = Number.isSafeInteger(id) ? await this.mails.findById(id) : null;
    if (!mail) throw new NotFoundError();
    return { mail: toOutboxItem(mail), paragraphs: textParagraphs(mail.textBody) };
  }
}

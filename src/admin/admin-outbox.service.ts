import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { MailService } from '../mail/mail.service';
import type { OutboxMailView, OutboxPage } from '../mail/outbox-view';
import { requireOutboxReader } from './admin-access';

const PAGE = /^\d{1,6}$/;
const ID = /^\d{1,12}$/;

/** The outbox for coordinators: every mail the portal made, and the only copy when no SMTP server is set. */
@Injectable()
export class AdminOutboxService {
  constructor(private readonly mail: MailService) {}

  async page(actor: Actor, page: unknown): Promise<OutboxPage> {
    requireOutboxReader(actor);
    // No page number means the first; a page that is not a number does not exist.
    if (page === undefined || page === '') return this.mail.outboxPage(1);
    if (typeof page !== 'string' || !PAGE.test(page)) throw new NotFoundError();
    return this.mail.outboxPage(Number(page));
  }

  async mailById(actor: Actor, id: string): Promise<OutboxMailView> {
    requireOutboxReader(actor);
    if (!ID.test(id)) throw new NotFoundError();
    return this.mail.outboxMail(Number(id));
  }
}

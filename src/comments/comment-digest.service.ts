import { Injectable, Logger } from '@nestjs/common';
import { CasesRepository } from '../cases/cases.repository';
import type { Case } from '../cases/entities/case.entity';
import { Transactions } from '../database/transactions';
import type { Edition } from '../editions/edition.entity';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { MailService } from '../mail/mail.service';
import type { MailPreference, User } from '../users/user.entity';
import { CommentLinks } from './comment-links';
import { actorOf } from './comment-notifier';
import { canBeToldAbout } from './comments.policy';
import { amsterdamDay, isDigestTime } from './domain/digest-schedule';
import { excerpt, paragraphs } from './domain/mail-excerpt';
import type { CommentNotification } from './entities/comment-notification.entity';
import { MailPreferences } from './mail-preferences';
import { NotificationsRepository } from './notifications.repository';

const DIGEST_TEXT_LIMIT = 600;

interface EditionData {
  edition: Edition;
  people: Map<number, Enrolment>;
  preferences: Map<number, MailPreference>;
  cases: Map<number, Case>;
}

/**
 * The daily digest: once a day, from the digest hour on, everyone who chose it gets one mail
 * per edition with the comments they are to hear about, grouped by case, each with a link.
 * What was deleted or hidden in the meantime, or may no longer be read, is left out.
 */
@Injectable()
export class CommentDigestService {
  private readonly logger = new Logger('Comments');

  constructor(
    private readonly notifications: NotificationsRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly cases: CasesRepository,
    private readonly preferences: MailPreferences,
    private readonly links: CommentLinks,
    private readonly mail: MailService,
    private readonly transactions: Transactions,
  ) {}

  /**
   * Sends the digests due at `now`; the scheduled job calls this. Safe to run any number of
   * times, also by several app instances at once: each person gets one digest a day.
   */
  async sendDigests(now = new Date()): Promise<number> {
    if (!isDigestTime(now)) return 0;
    const pending = await this.notifications.findPending(now);
    if (pending.length === 0) return 0;
    const day = amsterdamDay(now);
    let sent = 0;
    for (const edition of await this.notifications.findEditions([...new Set(pending.map((n) => n.editionId))])) {
      const data = await this.editionData(edition);
      const mine = pending.filter((n) => n.editionId === edition.id);
      for (const userId of new Set(mine.map((n) => n.userId))) {
        // One transaction per person: a broken mail for one does not hold back the others.
        sent += await this.sendOne(data, userId, mine.filter((n) => n.userId === userId), day, now).catch((error: unknown) => {
          this.logger.error(`Digest for user ${userId} in edition ${edition.id} failed: ${error instanceof Error ? error.message : String(error)}`);
          return 0;
        });
      }
    }
    return sent;
  }

  private async editionData(edition: Edition): Promise<EditionData> {
    const people = (await this.enrolments.findPeople(edition.id)).filter((p) => p.user);
    const cases = await this.cases.findSubmittedByEdition(edition.id);
    return {
      edition,
      people: new Map(people.map((p) => [p.userId, p])),
      preferences: await this.preferences.ofMany(people.map((p) => ({ enrolment: p, user: p.user! }))),
      cases: new Map(cases.map((c) => [c.id, c])),
    };
  }

  private async sendOne(data: EditionData, userId: number, items: CommentNotification[], day: string, now: Date): Promise<number> {
    const enrolment = data.people.get(userId);
    const user = enrolment?.user;
    const wanted = !!enrolment && data.preferences.get(enrolment.id) !== 'none';
    const deliverable = items.filter((n) => {
      const c = data.cases.get(n.comment!.caseId);
      return wanted && !!c && !n.comment!.deletedAt && !n.comment!.hiddenAt && canBeToldAbout(actorOf(user!), enrolment, c, n.comment!);
    });
    const ids = items.map((n) => n.id);
    if (deliverable.length === 0) {
      // Nothing left to tell: done with these, without a mail.
      await this.transactions.write((m) => this.notifications.markSent(m, ids, now));
      return 0;
    }
    return this.transactions.write(async (m) => {
      if (!(await this.notifications.recordDigest(m, { userId, editionId: data.edition.id, day, sentAt: now }))) return 0;
      await this.mail.queue(
        { to: { address: user!.email, name: user!.name }, lang: user!.language, template: 'comment-digest', model: this.model(data, user!, deliverable), dedupeKey: `comment-digest:${userId}:${data.edition.id}:${day}` },
        m,
      );
      await this.notifications.markSent(m, ids, now);
      return 1;
    });
  }

  private model(data: EditionData, user: User, items: CommentNotification[]) {
    const slug = data.edition.slug;
    const caseIds = [...new Set(items.map((n) => n.comment!.caseId))];
    return {
      name: user.name,
      editionTitle: data.edition.title,
      count: items.length,
      cases: caseIds.map((caseId) => {
        const c = data.cases.get(caseId)!;
        return {
          title: c.currentVersion?.title ?? c.title,
          comments: items
            .filter((n) => n.comment!.caseId === caseId)
            .sort((a, b) => a.comment!.createdAt.getTime() - b.comment!.createdAt.getTime() || a.commentId - b.commentId)
            .map((n) => ({
              writerName: n.comment!.author?.name ?? '',
              reason: n.reason,
              kind: n.comment!.kind,
              createdAt: n.comment!.createdAt,
              paragraphs: paragraphs(excerpt(n.comment!.body, DIGEST_TEXT_LIMIT)),
              link: this.links.comment(slug, caseId, n.commentId),
            })),
        };
      }),
      settingsLink: this.links.mailSettings(slug),
    };
  }
}

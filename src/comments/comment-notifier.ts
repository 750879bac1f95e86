import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { MailService } from '../mail/mail.service';
import type { MailPreference, User } from '../users/user.entity';
import type { CommentContext } from './comment-access';
import { CommentLinks } from './comment-links';
import { canBeToldAbout } from './comments.policy';
import { excerpt, paragraphs } from './domain/mail-excerpt';
import type { Comment } from './entities/comment.entity';
import type { NotificationReason } from './entities/comment-notification.entity';
import { MailPreferences } from './mail-preferences';
import { NotificationsRepository } from './notifications.repository';

/** Someone who is to hear about a new comment, looked up before the comment is stored. */
export interface Recipient {
  user: User;
  reason: NotificationReason;
  preference: MailPreference;
}

export const MAIL_TEXT_LIMIT = 1500;

/** Who hears about a comment, and the mail of those who chose to hear at once. */
@Injectable()
export class CommentNotifier {
  constructor(
    private readonly links: CommentLinks,
    private readonly enrolments: EnrolmentsRepository,
    private readonly preferences: MailPreferences,
    private readonly notifications: NotificationsRepository,
    private readonly mail: MailService,
  ) {}

  /**
   * The case's author hears of comments and notes on their case, a writer of replies to their
   * comment; nobody of their own words, and only people who may read the comment (a reply in
   * a note's thread reaches the author and trainers only). Everyone at most once.
   */
  async recipients(context: CommentContext, comment: Pick<Comment, 'authorId' | 'trainerNote'>, parent: Comment | null): Promise<Recipient[]> {
    const c = context.case;
    const wanted = new Map<number, { user: User; reason: NotificationReason }>();
    if (parent?.author && !parent.deletedAt) wanted.set(parent.authorId, { user: parent.author, reason: 'reply' });
    if (c.author && !wanted.has(c.authorId)) wanted.set(c.authorId, { user: c.author, reason: comment.trainerNote ? 'note' : 'case' });
    wanted.delete(comment.authorId);
    const found: Recipient[] = [];
    for (const { user, reason } of wanted.values()) {
      const enrolment: Enrolment | undefined = (await this.enrolments.findOf(context.edition.id, user.id)) ?? undefined;
      if (!enrolment || !canBeToldAbout(actorOf(user), enrolment, c, comment)) continue;
      const preference = await this.preferences.of(enrolment, user);
      if (preference !== 'none') found.push({ user, reason, preference });
    }
    return found;
  }

  /** In the transaction that stores the comment: nothing is promised for a comment that was not stored. */
  async record(m: EntityManager, context: CommentContext, comment: Comment, writerName: string, recipients: Recipient[], now: Date): Promise<void> {
    await this.notifications.insert(
      m,
      recipients.map((r) => ({ commentId: comment.id, userId: r.user.id, editionId: context.edition.id, reason: r.reason, createdAt: now, sentAt: r.preference === 'immediate' ? now : null })),
    );
    for (const r of recipients.filter((r) => r.preference === 'immediate')) {
      await this.mail.queue(
        {
          to: { address: r.user.email, name: r.user.name },
          lang: r.user.language,
          template: 'comment-new',
          model: {
            name: r.user.name,
            reason: r.reason,
            editionTitle: context.edition.title,
            caseTitle: context.caseTitle,
            writerName,
            kind: comment.kind,
            paragraphs: paragraphs(excerpt(comment.body, MAIL_TEXT_LIMIT)),
            link: this.links.comment(context.edition.slug, context.case.id, comment.id),
            settingsLink: this.links.mailSettings(context.edition.slug),
          },
          dedupeKey: `comment-notification:${comment.id}:${r.user.id}`,
        },
        m,
      );
    }
  }
}

export function actorOf(user: User): Actor {
  return { id: user.id, name: user.name, email: user.email, isCoordinator: user.isCoordinator, language: user.language };
}

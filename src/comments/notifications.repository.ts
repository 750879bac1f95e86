import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, LessThanOrEqual, Repository } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { CommentDigest } from './entities/comment-digest.entity';
import { CommentNotification } from './entities/comment-notification.entity';

export type NewNotification = Pick<CommentNotification, 'commentId' | 'userId' | 'editionId' | 'reason' | 'createdAt' | 'sentAt'>;

/** Who is to hear about which comment, and the daily digests that went out. */
@Injectable()
export class NotificationsRepository {
  constructor(
    @InjectRepository(CommentNotification) private readonly notifications: Repository<CommentNotification>,
    @InjectRepository(Edition) private readonly editions: Repository<Edition>,
  ) {}

  /** A second notification of one person about one comment is ignored, not refused (see MailRepository.insert). */
  async insert(manager: EntityManager, rows: NewNotification[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.createQueryBuilder().insert().into(CommentNotification).values(rows).orIgnore().updateEntity(false).execute();
  }

  /** Notifications not yet mailed that were made up to `until`, with their comments and writers, in one query. */
  findPending(until: Date): Promise<CommentNotification[]> {
    return this.notifications.find({
      where: { sentAt: IsNull(), createdAt: LessThanOrEqual(until) },
      relations: { comment: { author: true } },
      order: { id: 'ASC' },
    });
  }

  async markSent(manager: EntityManager, ids: readonly number[], at: Date): Promise<void> {
    if (ids.length > 0) await manager.update(CommentNotification, { id: In([...ids]), sentAt: IsNull() }, { sentAt: at });
  }

  findEditions(ids: readonly number[]): Promise<Edition[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.editions.findBy({ id: In([...ids]) });
  }

  /**
   * Records today's digest for a person and edition; false when there is one already. Of two
   * app instances racing, the second insert is ignored by the unique index, and the mail's
   * dedupe key drops its mail.
   */
  async recordDigest(manager: EntityManager, digest: Omit<CommentDigest, 'id'>): Promise<boolean> {
    const { userId, editionId, day } = digest;
    if (await manager.existsBy(CommentDigest, { userId, editionId, day })) return false;
    await manager.createQueryBuilder().insert().into(CommentDigest).values(digest).orIgnore().updateEntity(false).execute();
    return true;
  }
}

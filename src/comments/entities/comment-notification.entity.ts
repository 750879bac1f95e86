import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Comment } from './comment.entity';

/** case: a comment on your case; note: a trainer note on it; reply: an answer to your comment. */
export type NotificationReason = 'case' | 'note' | 'reply';

/**
 * Someone is to hear about a comment. Made in the transaction that stores the comment; sentAt
 * is set when the mail about it is queued, at once or in the next daily digest.
 */
@Entity('comment_notifications')
@Index('IDX_comment_notifications_once', ['commentId', 'userId'], { unique: true })
@Index('IDX_comment_notifications_pending', ['sentAt', 'userId'])
export class CommentNotification {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  commentId: number;

  @ManyToOne(() => Comment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'commentId' })
  comment?: Comment;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'varchar', length: 10 })
  reason: NotificationReason;

  @Column()
  createdAt: Date;

  @Column({ type: Date, nullable: true })
  sentAt: Date | null;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../../users/user.entity';

/** What a comment is about; the writer picks it so the author can scan the comments. */
export type CommentKind = 'vraag' | 'tip' | 'ervaring' | 'algemeen';
export const COMMENT_KINDS: readonly CommentKind[] = ['vraag', 'tip', 'ervaring', 'algemeen'];

/** The most a comment may hold, counted with line breaks as one character each. */
export const COMMENT_MAX_LENGTH = 4000;

/**
 * A comment on a submitted case, a reply to one (parentId), or a trainer note. The body is
 * stored as typed; pages render it through renderComment. A deleted comment keeps its row
 * (without its text) so that replies under it keep their place in the thread.
 */
@Entity('comments')
@Index('IDX_comments_case_created', ['caseId', 'createdAt'])
@Index('IDX_comments_edition_author', ['editionId', 'authorId'])
@Index('IDX_comments_parent', ['parentId'])
export class Comment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'integer' })
  caseId: number;

  @Column({ type: 'integer' })
  authorId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'authorId' })
  author?: User;

  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  @Column({ type: 'varchar', length: 12 })
  kind: CommentKind;

  /** A trainer note, or a reply in a note's thread: only the case's author and the trainers read it. */
  @Column({ type: 'boolean', default: false })
  trainerNote: boolean;

  @Column({ type: 'text' })
  body: string;

  // Set by the service from its clock, so that "new since your last visit" and the digests compare like with like.
  @Column()
  createdAt: Date;

  @Column({ type: Date, nullable: true })
  editedAt: Date | null;

  @Column({ type: Date, nullable: true })
  deletedAt: Date | null;

  @Column({ type: Date, nullable: true })
  hiddenAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  hiddenById: number | null;

  /** Why a trainer hid it; shown to the writer and the trainers only. */
  @Column({ type: 'varchar', length: 300, default: '' })
  hiddenReason: string;
}

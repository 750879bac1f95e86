import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

export const DEFAULT_FEEDBACK_PER_PARTICIPANT = 2;

/** How an edition handles comments. An edition without a row uses the defaults. */
@Entity('comment_settings')
export class CommentSettings {
  @PrimaryColumn({ type: 'integer' })
  editionId: number;

  /** When commenting ends; null for the default, the end of meeting two. */
  @Column({ type: Date, nullable: true })
  closesAt: Date | null;

  /** How many cases each participant is asked to give feedback on. */
  @Column({ type: 'integer', default: DEFAULT_FEEDBACK_PER_PARTICIPANT })
  perParticipant: number;

  @UpdateDateColumn()
  updatedAt: Date;
}

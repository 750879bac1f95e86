import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A daily digest that went out. The unique index keeps it to one a day per person and edition. */
@Entity('comment_digests')
@Index('IDX_comment_digests_once', ['userId', 'editionId', 'day'], { unique: true })
export class CommentDigest {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'integer' })
  editionId: number;

  /** The Amsterdam calendar day, "2030-09-28". */
  @Column({ type: 'varchar', length: 10 })
  day: string;

  @Column()
  sentAt: Date;
}

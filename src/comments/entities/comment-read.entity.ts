import { Column, Entity, PrimaryColumn } from 'typeorm';

/** When a person last looked at the comments of a case: what came later is new to them. */
@Entity('comment_reads')
export class CommentRead {
  @PrimaryColumn({ type: 'integer' })
  userId: number;

  @PrimaryColumn({ type: 'integer' })
  caseId: number;

  @Column()
  seenAt: Date;
}

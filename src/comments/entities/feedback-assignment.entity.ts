import { CreateDateColumn, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A participant is asked to give feedback on a case. Whether they did is read from the comments. */
@Entity('feedback_assignments')
@Index('IDX_feedback_assignments_once', ['enrolmentId', 'caseId'], { unique: true })
@Index('IDX_feedback_assignments_edition', ['editionId'])
export class FeedbackAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'integer' })
  enrolmentId: number;

  @Column({ type: 'integer' })
  caseId: number;

  @CreateDateColumn()
  createdAt: Date;
}

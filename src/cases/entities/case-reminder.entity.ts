import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A reminder to hand in a case; unique per person and Amsterdam day, so nobody gets two a day. */
@Entity('case_reminders')
@Index('IDX_case_reminders_enrolment_day', ['enrolmentId', 'day'], { unique: true })
export class CaseReminder {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  enrolmentId: number;

  /** "2030-09-28" */
  @Column({ type: 'varchar', length: 10 })
  day: string;

  @Column()
  sentAt: Date;

  @Column({ type: 'integer', nullable: true })
  sentById: number | null;
}

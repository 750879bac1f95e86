import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ReminderKind = 'automatic' | 'trainer';

/**
 * A reminder mail about the preparation. The unique index is what makes "sent once" hold:
 * one automatic reminder per person (day ''), and at most one a day from a trainer.
 */
@Entity('preparation_reminders')
@Index('IDX_preparation_reminders_once', ['enrolmentId', 'kind', 'day'], { unique: true })
export class PreparationReminder {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  enrolmentId: number;

  @Column({ type: 'varchar', length: 10 })
  kind: ReminderKind;

  /** The Amsterdam day of a trainer's reminder, "2030-09-28"; '' for the automatic one. */
  @Column({ type: 'varchar', length: 10, default: '' })
  day: string;

  @Column()
  sentAt: Date;

  @Column({ type: 'integer', nullable: true })
  sentById: number | null;
}

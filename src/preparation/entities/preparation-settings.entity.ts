import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { DEFAULT_REMINDER_DAYS } from '../domain/preparation-deadline';

/**
 * The preparation of one edition: the reading material, the deadline for the answers, the
 * automatic reminder and whether the trainer shared the answers with the group. An edition
 * without a row uses the defaults (no material, deadline at the start of meeting one).
 */
@Entity('preparation_settings')
export class PreparationSettings {
  @PrimaryColumn({ type: 'integer' })
  editionId: number;

  /** Plain text; blank lines separate paragraphs. */
  @Column({ type: 'text', default: '' })
  material: string;

  @Column({ type: 'varchar', length: 200, default: '' })
  articleTitle: string;

  /** An http(s) address of the article, or ''. */
  @Column({ type: 'varchar', length: 500, default: '' })
  articleUrl: string;

  /** Null: the start of meeting one. */
  @Column({ type: Date, nullable: true })
  deadline: Date | null;

  /** How many days before the deadline the automatic reminder goes out; 0 turns it off. */
  @Column({ type: 'integer', default: DEFAULT_REMINDER_DAYS })
  reminderDays: number;

  /** Set while the trainer shares the answers with the group; only counts after the deadline. */
  @Column({ type: Date, nullable: true })
  sharedAt: Date | null;

  @UpdateDateColumn()
  updatedAt: Date;
}

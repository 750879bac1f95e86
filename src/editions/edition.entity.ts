import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type EditionStatus = 'draft' | 'open' | 'closed' | 'archived';
export const EDITION_STATUSES: readonly EditionStatus[] = ['draft', 'open', 'closed', 'archived'];

/**
 * One run of the course: two afternoon meetings two weeks apart. All times are stored as UTC
 * and shown in Europe/Amsterdam.
 */
@Entity('editions')
export class Edition {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 80, unique: true })
  slug: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column()
  meeting1Start: Date;

  @Column()
  meeting1End: Date;

  @Column()
  meeting2Start: Date;

  @Column()
  meeting2End: Date;

  /** How long before each meeting the doors open (walk-in). */
  @Column({ type: 'integer', default: 30 })
  walkInMinutes: number;

  @Column({ type: 'varchar', length: 200 })
  venueName: string;

  @Column({ type: 'varchar', length: 300 })
  venueAddress: string;

  @Column({ type: 'integer', default: 10 })
  capacityMin: number;

  @Column({ type: 'integer', default: 20 })
  capacityMax: number;

  /** Course fee in euro cents, excluding VAT. */
  @Column({ type: 'integer', default: 0 })
  feeCents: number;

  @Column()
  caseDeadline: Date;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: EditionStatus;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { User } from '../users/user.entity';

export type EnrolmentRole = 'participant' | 'trainer' | 'guest';
export const ENROLMENT_ROLES: readonly EnrolmentRole[] = ['participant', 'trainer', 'guest'];
export type EnrolmentStatus = 'invited' | 'active' | 'withdrawn';

/** A person's place in one edition, with their role there. */
@Entity('enrolments')
@Index(['editionId', 'userId'], { unique: true })
export class Enrolment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @ManyToOne(() => Edition, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'editionId' })
  edition?: Edition;

  @Column({ type: 'integer' })
  userId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'userId' })
  user?: User;

  @Column({ type: 'varchar', length: 12 })
  role: EnrolmentRole;

  @Column({ type: 'varchar', length: 12, default: 'invited' })
  status: EnrolmentStatus;

  @Column({ type: 'boolean', default: false })
  lunch: boolean;

  @Column({ type: Date, nullable: true })
  lastVisitAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}

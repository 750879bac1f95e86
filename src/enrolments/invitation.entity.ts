import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The single-use link that lets an invited person into their enrolment. Only the SHA-256 of
 * the token is stored. Re-sending makes a new token and retires the old one.
 */
@Entity('invitations')
export class Invitation {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer' })
  enrolmentId: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column()
  expiresAt: Date;

  @Column({ type: Date, nullable: true })
  usedAt: Date | null;

  /** Set when a newer link replaced this one. */
  @Column({ type: Date, nullable: true })
  retiredAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  invitedById: number | null;

  @CreateDateColumn()
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * pending: waits for a coordinator; waiting: on the waiting list (the edition was full);
 * approved: invited; declined; withdrawn.
 */
export type SignUpStatus = 'pending' | 'waiting' | 'approved' | 'declined' | 'withdrawn';

/** A request to join an edition, made on the public edition page by someone without an account. */
@Entity('sign_ups')
@Index(['editionId', 'status'])
export class SignUp {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 160 })
  organisation: string;

  @Column({ type: 'varchar', length: 160, default: '' })
  jobTitle: string;

  @Column({ type: 'boolean', default: false })
  lunch: boolean;

  @Column({ type: 'text', default: '' })
  remarks: string;

  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language: string;

  @Column({ type: 'varchar', length: 12 })
  status: SignUpStatus;

  @CreateDateColumn()
  createdAt: Date;

  @Column({ type: Date, nullable: true })
  decidedAt: Date | null;

  /** SHA-256 of the token in the "withdraw my sign-up" link of the confirmation mail. */
  @Column({ type: 'varchar', length: 64, nullable: true, unique: true })
  withdrawTokenHash: string | null;
}

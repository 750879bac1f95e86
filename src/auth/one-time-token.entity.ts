import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type TokenPurpose = 'password-reset';

/**
 * A link sent by mail that works once and expires. Only the SHA-256 of the token is stored,
 * so a copy of the database does not hold working links.
 */
@Entity('one_time_tokens')
export class OneTimeToken {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'varchar', length: 20 })
  purpose: TokenPurpose;

  @Column({ type: 'integer' })
  userId: number;

  @Column()
  expiresAt: Date;

  @Column({ type: Date, nullable: true })
  usedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}

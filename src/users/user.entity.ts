import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Language } from '../config/app-config';

export type MailPreference = 'immediate' | 'digest' | 'none';

/** A person with an account. Roles in an edition live on their enrolment; coordinators are site-wide. */
@Entity('users')
export class User {
  @PrimaryGeneratedColumn()
  id: number;

  /** Stored lowercased and trimmed, so that addresses compare case-insensitively. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  /** Null until the person sets a password through an invitation or set-password link. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  passwordHash: string | null;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 160, default: '' })
  organisation: string;

  @Column({ type: 'varchar', length: 160, default: '' })
  jobTitle: string;

  @Column({ type: 'varchar', length: 2, default: 'nl' })
  language: Language;

  @Column({ type: 'varchar', length: 10, default: 'digest' })
  mailPreference: MailPreference;

  @Column({ type: 'boolean', default: false })
  isCoordinator: boolean;

  @Column({ type: Date, nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A failed login, counted per account and per network address to slow down guessing.
 * The key is a keyed hash, so neither the address nor the e-mail is stored in the clear.
 */
@Entity('login_attempts')
@Index(['key', 'attemptedAt'])
export class LoginAttempt {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  key: string;

  @Column()
  attemptedAt: Date;
}

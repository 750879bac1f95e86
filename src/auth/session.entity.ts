import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A login session, kept in the database so it survives restarts and serves several instances. */
@Entity('sessions')
export class Session {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'text' })
  data: string;

  @Index()
  @Column({ type: 'integer', nullable: true })
  userId: number | null;

  @Index()
  @Column()
  expiresAt: Date;
}

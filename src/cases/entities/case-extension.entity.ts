import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** More time for one participant: their deadline becomes `until` (never earlier than the edition's). */
@Entity('case_extensions')
export class CaseExtension {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer', unique: true })
  enrolmentId: number;

  @Column()
  until: Date;

  @Column({ type: 'integer', nullable: true })
  grantedById: number | null;

  @CreateDateColumn()
  createdAt: Date;
}

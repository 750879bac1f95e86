import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type ResponseStatus = 'draft' | 'submitted';

/** A participant's answers to the preparation of their edition, as a whole: draft or submitted. */
@Entity('preparation_responses')
@Index('IDX_preparation_responses_edition', ['editionId', 'status'])
export class PreparationResponse {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'integer', unique: true })
  enrolmentId: number;

  @Column({ type: 'varchar', length: 12 })
  status: ResponseStatus;

  /** The first time the answers were sent; changes after that keep it. */
  @Column({ type: Date, nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

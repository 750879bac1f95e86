import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A preparation question as it reads now. Every version people answered is kept in
 * PreparationQuestionVersion; `version` is the number of the current one. A removed question
 * stays, so the answers given to it are not lost.
 */
@Entity('preparation_questions')
@Index('IDX_preparation_questions_edition', ['editionId', 'position'])
export class PreparationQuestion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  hint: string;

  @Column({ type: 'boolean', default: true })
  required: boolean;

  /** In characters, as the browser counts them in a text box. */
  @Column({ type: 'integer' })
  maxLength: number;

  @Column({ type: Date, nullable: true })
  removedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}

import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One wording of a question, kept so that an answer always shows the question it answered. */
@Entity('preparation_question_versions')
@Index('IDX_preparation_question_versions_number', ['questionId', 'number'], { unique: true })
export class PreparationQuestionVersion {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  questionId: number;

  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 500 })
  text: string;

  @Column({ type: 'varchar', length: 500, default: '' })
  hint: string;

  @Column({ type: 'boolean' })
  required: boolean;

  @Column({ type: 'integer' })
  maxLength: number;

  @CreateDateColumn()
  createdAt: Date;
}

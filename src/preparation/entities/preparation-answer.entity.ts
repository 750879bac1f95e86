import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The answer to one question, with the version of the question the person saw when saving it. */
@Entity('preparation_answers')
@Index('IDX_preparation_answers_response_question', ['responseId', 'questionId'], { unique: true })
export class PreparationAnswer {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  responseId: number;

  @Index('IDX_preparation_answers_question')
  @Column({ type: 'integer' })
  questionId: number;

  @Column({ type: 'integer' })
  questionVersion: number;

  @Column({ type: 'text' })
  text: string;

  @UpdateDateColumn()
  updatedAt: Date;
}

import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CaseText } from './case.entity';

/** A case as it was handed in, kept unchanged, so peers can see what changed between two versions. */
@Entity('case_versions')
@Index('IDX_case_versions_case_number', ['caseId', 'number'], { unique: true })
export class CaseVersion implements CaseText {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  caseId: number;

  /** 1, 2, 3… per case. */
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 150, default: '' })
  title: string;

  @Column({ type: 'varchar', length: 160, default: '' })
  organisation: string;

  @Column({ type: 'text', default: '' })
  context: string;

  @Column({ type: 'text', default: '' })
  situation: string;

  @Column({ type: 'text', default: '' })
  involved: string;

  @Column({ type: 'text', default: '' })
  tried: string;

  @Column({ type: 'text', default: '' })
  question: string;

  @Column({ type: 'varchar', length: 100, default: '' })
  otherTheme: string;

  @Column()
  submittedAt: Date;
}

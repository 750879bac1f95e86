import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { User } from '../../users/user.entity';
import { CaseVersion } from './case-version.entity';

/**
 * draft: only the author sees it; submitted: everyone enrolled reads the current version;
 * withdrawn: hidden again from everyone but the author, who may submit it again before the deadline.
 */
export type CaseStatus = 'draft' | 'submitted' | 'withdrawn';

/** The text fields of a case, on the working copy and on every version alike. */
export interface CaseText {
  title: string;
  organisation: string;
  context: string;
  situation: string;
  involved: string;
  tried: string;
  question: string;
  otherTheme: string;
}

/**
 * A participant's practice case. The columns hold the author's working copy; what the others
 * read is the version `currentVersionId` points to, so an author can keep editing without
 * the group seeing half-finished changes.
 */
@Entity('cases')
@Index('IDX_cases_edition_status', ['editionId', 'status'])
@Index('IDX_cases_edition_author', ['editionId', 'authorId'])
export class Case implements CaseText {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'integer' })
  authorId: number;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'authorId' })
  author?: User;

  @Column({ type: 'varchar', length: 12, default: 'draft' })
  status: CaseStatus;

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

  @Column({ type: 'integer', nullable: true })
  currentVersionId: number | null;

  // Cases and versions point at each other, so this one has no foreign key in the database.
  @ManyToOne(() => CaseVersion, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'currentVersionId' })
  currentVersion?: CaseVersion | null;

  /** When it was first handed in; the overview sorts on it, so a revision does not move a case. */
  @Column({ type: Date, nullable: true })
  firstSubmittedAt: Date | null;

  @Column({ type: Date, nullable: true })
  withdrawnAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

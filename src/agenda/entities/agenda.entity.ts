import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** The trainer's working copy, or the copy participants see. */
export type AgendaKind = 'draft' | 'published';

/**
 * The agenda of an edition's second meeting. Each edition has at most one draft and one
 * published agenda; publishing copies the draft. The settings are plain columns, the blocks,
 * cases, breaks and rooms hang below it.
 */
@Entity('agendas')
@Index('IDX_agendas_edition_kind', ['editionId', 'kind'], { unique: true })
export class Agenda {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'varchar', length: 10 })
  kind: AgendaKind;

  /** Goes up by one at every saved change; an edit form carries it, so a stale form is refused. */
  @Column({ type: 'integer', default: 1 })
  revision: number;

  @Column({ type: 'integer', default: 15 })
  openingMinutes: number;

  @Column({ type: 'integer', default: 15 })
  closingMinutes: number;

  @Column({ type: 'integer', default: 10 })
  minMinutesPerCase: number;

  @Column({ type: 'integer', default: 30 })
  maxMinutesPerCase: number;

  /** Parallel tables: 1–4, or 0 to let the portal choose. */
  @Column({ type: 'integer', default: 0 })
  tableCount: number;

  /** Draft: the revision that was last published, so the page can say whether there are changes. */
  @Column({ type: 'integer', nullable: true })
  publishedRevision: number | null;

  /** Draft: how often it was published; published: which publication this is. */
  @Column({ type: 'integer', default: 0 })
  publications: number;

  /** Published: the meeting's times when it was published, so its times stay what people were told. */
  @Column({ type: Date, nullable: true })
  meetingStart: Date | null;

  @Column({ type: Date, nullable: true })
  meetingEnd: Date | null;

  @Column({ type: 'integer', nullable: true })
  walkInMinutes: number | null;

  @Column({ type: Date, nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  updatedById: number | null;

  @CreateDateColumn()
  createdAt: Date;

  @UpdateDateColumn()
  updatedAt: Date;
}

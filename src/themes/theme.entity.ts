import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One theme of an edition's list, such as "wonen" or "energie". Trainers keep the list; authors
 * pick from it. A removed theme keeps its row (with `removedAt`), so the cases and versions that
 * chose it still show its name; it is just no longer offered.
 */
@Entity('themes')
@Index('IDX_themes_edition_position', ['editionId', 'position'])
export class Theme {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  editionId: number;

  @Column({ type: 'varchar', length: 80 })
  name: string;

  @Column({ type: 'varchar', length: 300, default: '' })
  description: string;

  /** Words that point to this theme, separated by commas; the agenda grouping reads them. */
  @Column({ type: 'text', default: '' })
  keywords: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: Date, nullable: true })
  removedAt: Date | null;

  @CreateDateColumn()
  createdAt: Date;
}
